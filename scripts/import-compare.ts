// Reads one document's entry (reviewed or drafted) from a project's src/content/ as plain YAML, in the
// shape compareDrafts() takes: what the import benchmark and its tests compare.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Side } from '../src/lib/import/compare-drafts.ts';

const yamlOf = (path: string) => parse(readFileSync(path, 'utf8'), { version: '1.2' }) as Record<string, any>;
const asDate = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

export function readSide(root: string, id: string, lang: 'en' | 'km'): Side {
  const content = join(root, 'src/content');
  const directive = yamlOf(join(content, 'directives', `${id}.yaml`));
  directive.date = asDate(directive.date);
  const obligationsDir = join(content, 'obligations', id);
  const obligations = existsSync(obligationsDir)
    ? readdirSync(obligationsDir)
        .filter((name) => name.endsWith('.yaml'))
        .sort()
        .map((name) => yamlOf(join(obligationsDir, name)))
    : [];
  const textsDir = join(content, 'recommendations', id, lang);
  const provisions = readdirSync(textsDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => parse(readFileSync(join(textsDir, name), 'utf8').split(/^---$/m)[1]!) as Record<string, any>);
  return {
    directive: directive as Side['directive'],
    sentences: yamlOf(join(content, 'sentences', `${id}.yaml`)) as Side['sentences'],
    obligations: obligations as Side['obligations'],
    provisions: provisions as Side['provisions'],
  };
}

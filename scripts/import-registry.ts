// The registry the importer matches against: the bodies, kinds and known documents (directives and
// reference stubs) of a project's src/content/, read as plain YAML (no build needed).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import type { Registry } from '../src/lib/import/draft-entry.ts';

function entries(folder: string): { id: string; data: Record<string, any> }[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ id: basename(name, '.yaml'), data: (parse(readFileSync(join(folder, name), 'utf8')) ?? {}) as Record<string, any> }));
}

export function readRegistry(root: string): Registry {
  const content = join(root, 'src/content');
  const dated = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : undefined);
  return {
    bodies: entries(join(content, 'bodies')).map(({ id, data }) => ({ id, name: data.name, acronym: data.acronym, mentions: { en: data.mentions?.en ?? [], km: data.mentions?.km ?? [] } })),
    kinds: entries(join(content, 'kinds')).map(({ id, data }) => ({ id, name: data.name, units: data.units ?? [] })),
    documents: [...entries(join(content, 'directives')), ...entries(join(content, 'references'))].map(({ id, data }) => {
      const date = dated(data.date);
      return { id, ...(data.number ? { number: String(data.number) } : {}), ...(date ? { date } : {}), ...(data.kind ? { kind: String(data.kind) } : {}) };
    }),
  };
}

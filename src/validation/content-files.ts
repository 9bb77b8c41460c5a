import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { collectionNames, collectionSpecs, type CollectionName } from '../schemas/index.ts';

/** One content file as read from disk, before validation. */
export interface RawEntry {
  collection: CollectionName;
  /** The entry id, as Astro's glob loader derives it: the path below the collection folder, without extension. */
  id: string;
  /** Path of the file relative to the project root, for error messages. */
  file: string;
  /** The parsed YAML data or MDX frontmatter (undefined when it could not be parsed). */
  data: unknown;
  /** For MDX: the body below the frontmatter. */
  body?: string;
}

export interface ContentProblem {
  file: string;
  field?: string;
  message: string;
}

function listFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names.map((name) => join(dir, name)).sort();
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Reads every content file below `contentDir`, reporting files that cannot be parsed. */
export function readContentFiles(contentDir: string, projectRoot: string): { entries: RawEntry[]; problems: ContentProblem[] } {
  const entries: RawEntry[] = [];
  const problems: ContentProblem[] = [];
  for (const collection of collectionNames) {
    const folder = join(contentDir, collection);
    const extension = collectionSpecs[collection].pattern.slice('**/*'.length);
    for (const path of listFiles(folder)) {
      if (!path.endsWith(extension)) continue;
      const file = relative(projectRoot, path).split(sep).join('/');
      const id = relative(folder, path).slice(0, -extension.length).split(sep).join('/');
      if (!id.split('/').every((segment) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(segment))) {
        problems.push({ file, message: 'file name must be lower-case letters, digits and single hyphens (it becomes the id)' });
        continue;
      }
      const text = readFileSync(path, 'utf8');
      let source = text;
      let body: string | undefined;
      if (extension === '.mdx') {
        const match = FRONTMATTER.exec(text);
        if (!match) {
          problems.push({ file, message: 'has no frontmatter block between --- lines' });
          continue;
        }
        source = match[1] ?? '';
        body = match[2] ?? '';
      }
      try {
        const data: unknown = parseYaml(source);
        entries.push(body === undefined ? { collection, id, file, data } : { collection, id, file, data, body });
      } catch (error) {
        const detail = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
        problems.push({ file, message: `malformed YAML${extension === '.mdx' ? ' frontmatter' : ''}: ${detail}` });
      }
    }
  }
  return { entries, problems };
}

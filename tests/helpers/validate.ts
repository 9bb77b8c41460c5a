import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import type { Atlas, AtlasEntry } from '../../src/lib/atlas.ts';
import { plainReference } from '../../src/schemas/common.ts';
import { collectionSchemas } from '../../src/schemas/collections.ts';
import { atlasProblems, type ContentProblem } from '../../src/validation/atlas-rules.ts';
import { projectRoot } from './atlas.ts';

/** The schemas of src/content.config.ts, built with the plain reference check instead of Astro's. */
const schemas: Record<keyof Atlas, z.ZodType> = collectionSchemas(plainReference);

const fieldPath = (path: readonly PropertyKey[]) => path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');

/** What Astro's content layer checks per file: the collection's zod schema. */
export function schemaProblems(atlas: Atlas): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [collection, entries] of Object.entries(atlas) as [keyof Atlas, AtlasEntry[]][]) {
    for (const entry of entries) {
      const result = schemas[collection].safeParse(entry.data);
      if (result.success) continue;
      for (const issue of result.error.issues) {
        const field = fieldPath(issue.path);
        const message = issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.map((key) => `"${key}"`).join(', ')}` : issue.message;
        problems.push({ file: entry.filePath ?? entry.id, ...(field ? { field } : {}), message });
      }
    }
  }
  return problems;
}

/** The build's checks, in its order: each file's schema (Astro), then the cross-file rules (loadAtlas); `drafts` as a preview build. */
export function buildProblems(atlas: Atlas, { drafts = false }: { drafts?: boolean } = {}): ContentProblem[] {
  const context = {
    readSource: (path: string) => (existsSync(join(projectRoot, path)) ? readFileSync(join(projectRoot, path)) : undefined),
    sha256: (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex'),
    today: new Date().toISOString().slice(0, 10),
    drafts,
  };
  const schemaFound = schemaProblems(atlas);
  return schemaFound.length > 0 ? schemaFound : atlasProblems(atlas, context);
}

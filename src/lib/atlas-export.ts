import type { Atlas, AtlasEntry } from './atlas.ts';

/** The atlas as plain JSON: each entry's id, source file, data and (for texts) Markdown body. */
export function atlasExport(atlas: Atlas): Atlas {
  const plain = (entry: AtlasEntry) => ({ id: entry.id, filePath: entry.filePath, data: entry.data, ...(entry.body === undefined ? {} : { body: entry.body }) });
  return Object.fromEntries(Object.entries(atlas).map(([name, entries]) => [name, (entries as AtlasEntry[]).map(plain)])) as unknown as Atlas;
}

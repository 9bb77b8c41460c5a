import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Atlas } from '../../src/lib/atlas.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

let cached: Atlas | undefined;

/**
 * The project's real content exactly as the build loaded and validated it (Astro's content layer,
 * written to dist/data/atlas.json): tests read the one atlas the pages were made from.
 */
export function loadAtlas(): Atlas {
  const file = fileURLToPath(new URL('../../dist/data/atlas.json', import.meta.url));
  if (!existsSync(file)) throw new Error('dist/data/atlas.json is missing: run "npm run build" first (npm test does)');
  cached ??= JSON.parse(readFileSync(file, 'utf8')) as Atlas;
  return structuredClone(cached);
}

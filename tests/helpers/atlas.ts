import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { joinAtlas, type AtlasPart } from '../../src/lib/atlas-export.ts';
import type { Atlas } from '../../src/lib/atlas.ts';
import { dataFiles } from '../../src/lib/routes.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

let cached: Atlas | undefined;

const built = (path: string) => fileURLToPath(new URL(`../../dist${path}`, import.meta.url));

/**
 * The project's real content exactly as the build loaded and validated it (Astro's content layer,
 * written to dist/data/atlas.json and a file per directive, dist/data/atlas/<id>.json): tests read the
 * one atlas the pages were made from.
 */
export function loadAtlas(): Atlas {
  const file = built(dataFiles.atlas);
  if (!existsSync(file)) throw new Error('dist/data/atlas.json is missing: run "npm run build" first (npm test does)');
  if (!cached) {
    const shared = JSON.parse(readFileSync(file, 'utf8')) as Atlas;
    cached = joinAtlas(
      shared,
      shared.directives.map((directive) => JSON.parse(readFileSync(built(dataFiles.atlasPart(directive.id)), 'utf8')) as AtlasPart),
    );
  }
  return structuredClone(cached);
}

import { fileURLToPath } from 'node:url';
import type { Atlas } from '../../src/lib/atlas.ts';
import { atlasFromFiles } from '../../src/validation/atlas-from-files.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const contentDir = fileURLToPath(new URL('../../src/content/', import.meta.url));

/** The project's real content, parsed by the same schemas as the build, as derived views receive it. */
export function loadAtlas(dir = contentDir): Atlas {
  return atlasFromFiles(dir, projectRoot);
}

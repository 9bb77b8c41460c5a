import { fileURLToPath } from 'node:url';
import type { Atlas } from '../../src/lib/atlas.ts';
import { loadContent } from '../../src/validation/validate-content.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const contentDir = fileURLToPath(new URL('../../src/content/', import.meta.url));

/** The project's real content, parsed by the same schemas as the build, as derived views receive it. */
export function loadAtlas(dir = contentDir): Atlas {
  const { entries, problems } = loadContent(dir, projectRoot);
  if (problems.length > 0) throw new Error(`content is invalid: ${JSON.stringify(problems, null, 1)}`);
  return Object.fromEntries([...entries].map(([name, list]) => [name, list])) as unknown as Atlas;
}

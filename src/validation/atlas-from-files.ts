import type { Atlas } from '../lib/atlas.ts';
import { formatProblems, loadContent } from './validate-content.ts';

/**
 * The content as the site's derived views receive it, read straight from the files (for tests and
 * build scripts that run outside Astro). Throws on invalid content, as the build does.
 */
export function atlasFromFiles(contentDir: string, projectRoot: string): Atlas {
  const { entries, problems } = loadContent(contentDir, projectRoot);
  if (problems.length > 0) throw new Error(`Invalid content:\n${formatProblems(problems)}`);
  return Object.fromEntries(entries) as unknown as Atlas;
}

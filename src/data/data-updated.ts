import { execFileSync } from 'node:child_process';

let cached: string | null | undefined;

/**
 * The date the data was last changed: the date (YYYY-MM-DD, UTC) of the newest commit that touched the
 * content or the source letters, read from git. null when the build has no git history (a copy of the
 * files without .git): the pages then say the date is not known, rather than invent one.
 */
export function dataLastChanged(): string | null {
  if (cached !== undefined) return cached;
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cI', '--', 'src/content', 'seeds'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, TZ: 'UTC' } }).trim();
    cached = /^\d{4}-\d{2}-\d{2}/.test(out) ? new Date(out).toISOString().slice(0, 10) : null;
  } catch {
    cached = null;
  }
  return cached;
}

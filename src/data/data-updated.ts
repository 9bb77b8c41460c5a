import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';

let cached: string | null | undefined;

/**
 * The date the data was last changed: the date (YYYY-MM-DD, UTC) of the newest commit that touched the
 * content or the source letters, read from git. null when the build has no git history (a copy of the
 * files without .git): the pages then say the date is not known, rather than invent one.
 */
export function dataLastChanged(): string | null {
  if (cached !== undefined) return cached;
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, TZ: 'UTC' } }).trim();
    // A source archive unpacked inside another repository must not take that repository's dates.
    if (realpathSync(git('rev-parse', '--show-toplevel')) !== realpathSync(process.cwd())) return (cached = null);
    const out = git('log', '-1', '--format=%cI', '--', 'src/content', 'seeds');
    cached = /^\d{4}-\d{2}-\d{2}/.test(out) ? new Date(out).toISOString().slice(0, 10) : null;
  } catch {
    cached = null;
  }
  return cached;
}

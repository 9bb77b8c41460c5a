import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { projectRoot } from './atlas.ts';

export const distDir = join(projectRoot, 'dist');

/** Fails with a clear message when the site has not been built (npm test builds it first). */
export function requireBuild(): void {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error('dist/ is missing: run "npm run build" first (npm test does)');
}

/** Every built HTML page as its URL path (`/en/bodies/mptc/`), 404 excluded. */
export function builtPages(): string[] {
  requireBuild();
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map(
      (file) =>
        `/${relative(distDir, join(distDir, file))
          .split(sep)
          .join('/')
          .replace(/index\.html$/, '')}`,
    )
    .sort();
}

const cache = new Map<string, HTMLElement>();

/** The parsed HTML of a built page. */
export function page(path: string): HTMLElement {
  let root = cache.get(path);
  if (!root) {
    root = parse(readFileSync(join(distDir, path, 'index.html'), 'utf8'));
    cache.set(path, root);
  }
  return root;
}

/** A built file's text. */
export function builtFile(path: string): string {
  return readFileSync(join(distDir, path), 'utf8');
}

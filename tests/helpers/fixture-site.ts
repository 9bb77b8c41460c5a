import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { projectRoot } from './atlas.ts';
import { openSite, type Site } from './browser.ts';
import { astroBuild, copyProject, overlayFixture } from './scratch-project.ts';

/**
 * A real `astro build` of a copy of the project with `tests/fixtures/<name>/` laid over it (never the real
 * build), served and opened in Chromium for the test file that calls this: built before its tests, removed
 * after them. `what` names the fixture in the error when its build fails. `prepare` changes the copy before
 * the build (as an editor would: `npm run import`), `env` is the build's environment (ATLAS_DRAFTS=1: a preview).
 */
export function fixtureSite(name: string, what: string, options: { prepare?: (root: string) => void; env?: Record<string, string>; outDir?: string } = {}) {
  const fixture = join(projectRoot, 'tests/fixtures', name);
  const scratch = mkdtempSync(join(tmpdir(), `atlas-${name}-`));
  const root = join(scratch, 'project');
  let site: Site | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    copyProject(root);
    if (existsSync(fixture)) overlayFixture(root, fixture);
    options.prepare?.(root);
    const { status, output } = await astroBuild(root, options.env);
    if (status !== 0) throw new Error(`the build with ${what} failed:\n${output.slice(-4000)}`);
    site = await openSite(join(root, options.outDir ?? 'dist'));
    page = await site.newPage();
  }, 600_000);
  afterAll(async () => {
    await site?.close();
    rmSync(scratch, { recursive: true, force: true });
  });
  return {
    fixture,
    root,
    dist: join(root, options.outDir ?? 'dist'),
    /** The browser page, open on the served build. */
    page: () => page!,
    /** An address of the served build. */
    url: (path: string) => new URL(path, site!.base).href,
  };
}

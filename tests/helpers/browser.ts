import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { distDir, requireBuild } from './dist.ts';

export interface Site {
  base: string;
  browser: Browser;
  newPage: () => Promise<Page>;
  close: () => Promise<void>;
}

/**
 * How long one browser step (a navigation, a wait for results) may take. Generous: on a busy 2-core
 * machine a first search (Pagefind's WebAssembly, the index) can take tens of seconds.
 */
export const browserStepTimeout = 90_000;

/** The built site (or another build's dist/) served on 127.0.0.1 and Debian's Chromium, for one test file. */
export async function openSite(dir = distDir): Promise<Site> {
  if (dir === distDir) requireBuild();
  const server = await startStaticServer({ dir });
  const browser = await chromium.launch(chromiumLaunchOptions());
  return {
    base: server.url,
    browser,
    newPage: async () => {
      const page = await browser.newPage();
      page.setDefaultTimeout(browserStepTimeout);
      return page;
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Opens the site and one page before a test file's tests, and closes them after. */
export function useSitePage(): { site: () => Site; page: () => Page } {
  let site: Site | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    site = await openSite();
    page = await site.newPage();
  });
  afterAll(async () => site?.close());
  const required = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the site is not open yet');
    return value;
  };
  return { site: () => required(site), page: () => required(page) };
}

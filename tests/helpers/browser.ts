import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { distDir, requireBuild } from './dist.ts';

/** The built site served on 127.0.0.1 and Debian's Chromium, for one test file. */
export async function openSite(): Promise<{ base: string; browser: Browser; newPage: () => Promise<Page>; close: () => Promise<void> }> {
  requireBuild();
  const server = await startStaticServer({ dir: distDir });
  const browser = await chromium.launch(chromiumLaunchOptions());
  return {
    base: server.url,
    browser,
    newPage: () => browser.newPage(),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

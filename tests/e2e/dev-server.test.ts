import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { projectRoot } from '../helpers/atlas.ts';
import { requireBuild } from '../helpers/dist.ts';

/** `npm run dev` as a contributor uses it: its pages have their CSS, Khmer fonts and a working search. */
let dev: ChildProcess | undefined;
let base = '';
let devOutput = '';
let browser: Browser;

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

async function waitForServer(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the dev server did not answer at ${url}:\n${devOutput}`);
}

beforeAll(async () => {
  requireBuild(); // search in dev serves the index of the last build
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // As from a shell: without the test runner's variables (Vite changes its behaviour under VITEST).
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(name)));
  dev = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  dev.stdout?.on('data', (chunk) => (devOutput += chunk));
  dev.stderr?.on('data', (chunk) => (devOutput += chunk));
  await waitForServer(`${base}/en/`, Date.now() + 150_000);
  browser = await chromium.launch(chromiumLaunchOptions());
  // Vite optimises dependencies on the first visit and then reloads the page: warm it up once.
  const warmUp = await browser.newPage();
  for (const path of ['/en/', '/km/search/']) await warmUp.goto(`${base}${path}`, { waitUntil: 'networkidle', timeout: 120_000 });
  await warmUp.close();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  dev?.kill('SIGTERM');
});

/** Opens a dev page, collecting console errors (a CSP that blocks the dev server's styles shows there). */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const response = await page.goto(`${base}${path}`, { waitUntil: 'load', timeout: 90_000 });
  expect(response?.status(), path).toBe(200);
  return { page, errors };
}

describe('npm run dev', () => {
  it('serves pages with their stylesheet', async () => {
    const { page, errors } = await open('/en/directives/ocm-265-scn-pb-2025/recommendations/4/');
    // Polls, so a reload by the dev server in between does no harm.
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.skip-link') as Element).position === 'absolute', null, { timeout: 90_000 });
    expect(errors.filter((error) => /Content Security Policy|Refused/.test(error))).toEqual([]);
    await page.close();
  });

  it('loads the Khmer font on Khmer pages', async () => {
    const { page } = await open('/km/');
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((face) => face.family.includes('Khmer') && face.status === 'loaded').length;
    });
    expect(loaded).toBeGreaterThan(0);
    await page.close();
  });

  it('searches, in English and in Khmer', async () => {
    for (const [lang, query] of [
      ['en', 'cybersecurity'],
      ['km', 'សន្តិសុខ'],
    ] as const) {
      const { page, errors } = await open(`/${lang}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('#search-results li.result', { timeout: 60_000 });
      expect(await page.locator('#search-results li.result').count(), lang).toBeGreaterThan(0);
      expect(errors.filter((error) => /Content Security Policy|Refused|pagefind/i.test(error))).toEqual([]);
      await page.close();
    }
  });
});

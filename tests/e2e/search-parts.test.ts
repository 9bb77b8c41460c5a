import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { buildSearchIndex } from '../../src/integrations/search-index.ts';
import type { Atlas } from '../../src/lib/atlas.ts';
import type { SearchPart } from '../../src/lib/search-parts.ts';
import { browserStepTimeout } from '../helpers/browser.ts';
import { distDir, requireBuild } from '../helpers/dist.ts';

/**
 * The index in parts, in a real browser. The site has one directive, so one part: this test copies the
 * built site, adds an older directive (the letter's pages and data under another id, dated 2020), and
 * indexes the copy with a budget that puts each directive in a part of its own. The search page must
 * search the newest part first, say so, search all parts when asked, and all at once for a filter.
 */
const REAL = 'ocm-265-scn-pb-2025';
const OLDER = 'older-test-letter';
let root = '';
let parts: SearchPart[] = [];
let browser: Browser | undefined;
let server: { url: string; close: () => Promise<void> } | undefined;
let page: Page | undefined;

/** Every .html file under a folder, with its text's directive id replaced. */
function renameDirective(folder: string): void {
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.html')) continue;
    const file = join(folder, name);
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll(`/directives/${REAL}/`, `/directives/${OLDER}/`));
  }
}

beforeAll(async () => {
  requireBuild();
  root = mkdtempSync(join(tmpdir(), 'atlas-parts-'));
  // The site without what the index does not read (share cards, PDF briefs) and without its index.
  cpSync(distDir, root, { recursive: true, filter: (source) => !/[/\\](og|briefs|pagefind|pagefind-parts)$/.test(source) });
  for (const lang of ['en', 'km']) {
    cpSync(join(root, lang, 'directives', REAL), join(root, lang, 'directives', OLDER), { recursive: true });
    renameDirective(join(root, lang, 'directives', OLDER));
  }
  const atlasFile = join(root, 'data/atlas.json');
  const atlas = JSON.parse(readFileSync(atlasFile, 'utf8')) as Atlas;
  const real = atlas.directives.find((directive) => directive.id === REAL);
  if (!real) throw new Error(`${REAL} is not in the built atlas`);
  atlas.directives.push({ ...real, id: OLDER, data: { ...real.data, date: '2020-01-01' } });
  writeFileSync(atlasFile, JSON.stringify(atlas));
  writeFileSync(join(root, `data/atlas/${OLDER}.json`), readFileSync(join(root, `data/atlas/${REAL}.json`), 'utf8').replaceAll(REAL, OLDER));
  // A budget smaller than one directive: each directive gets a part of its own.
  parts = await buildSearchIndex(root, () => undefined, 10);
  server = await startStaticServer({ dir: root });
  browser = await chromium.launch(chromiumLaunchOptions());
  page = await browser.newPage();
  page.setDefaultTimeout(browserStepTimeout);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

const open = () => {
  if (!page || !server) throw new Error('the site is not open');
  return { page, base: server.url };
};
const resultUrls = (p: Page) => p.$$eval('#search-results li.result h3 a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));

describe('the search index in parts, newest directives first', () => {
  it('indexes the newest directive in the first part and the older one in a part of its own', () => {
    expect(parts.map((part) => part.directives)).toEqual([[REAL], [OLDER]]);
    expect(parts.map((part) => part.path)).toEqual(['/pagefind/', '/pagefind-parts/1/']);
    expect(readFileSync(join(root, 'en/search/index.html'), 'utf8')).toContain(
      'content="[{&quot;path&quot;:&quot;/pagefind/&quot;,&quot;directives&quot;:1},{&quot;path&quot;:&quot;/pagefind-parts/1/&quot;,&quot;directives&quot;:1}]"',
    );
  });

  it.each([
    ['en', 'cybersecurity'],
    ['km', 'សន្តិសុខសាយប័រ'],
  ])('%s: a first search opens the newest part only, says so, and searches all when asked', async (lang, query) => {
    const { page: p, base } = open();
    const fetched: string[] = [];
    p.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await p.goto(new URL(`/${lang}/search/?q=${encodeURIComponent(query)}`, base).href);
    await p.waitForSelector('#search-results li.result');
    await p.waitForSelector('#search-partial:not([hidden])');
    const first = await resultUrls(p);
    expect(first.some((url) => url.includes(`/directives/${REAL}/`))).toBe(true);
    expect(first.filter((url) => url.includes(`/directives/${OLDER}/`))).toEqual([]);
    expect(fetched.filter((path) => path.startsWith('/pagefind-parts/'))).toEqual([]);
    // "from the newest 1 of 2 directives", in the page's digits.
    expect(await p.textContent('#search-partial')).toMatch(lang === 'en' ? /1 of 2/ : /១.*២/);
    await p.click('#search-all');
    await p.waitForFunction((older) => [...document.querySelectorAll('#search-results li.result h3 a')].some((link) => (link as HTMLAnchorElement).href.includes(`/directives/${older}/`)), OLDER);
    expect(await p.isHidden('#search-partial')).toBe(true);
    expect(fetched.some((path) => path.startsWith('/pagefind-parts/1/'))).toBe(true);
    p.removeAllListeners('request');
  });

  it('a filter searches every part at once, so its results and counts cover every directive', async () => {
    const { page: p, base } = open();
    await p.goto(new URL(`/en/search/?q=cybersecurity&kind=obligation&body=mptc`, base).href);
    await p.waitForFunction((older) => [...document.querySelectorAll('#search-results li.result h3 a')].some((link) => (link as HTMLAnchorElement).href.includes(`/directives/${older}/`)), OLDER);
    const urls = await resultUrls(p);
    expect(urls.some((url) => url.includes(`/directives/${REAL}/`))).toBe(true);
    expect(await p.isHidden('#search-partial')).toBe(true);
  });
});

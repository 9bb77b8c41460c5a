import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../helpers/browser.ts';

// The search page on a phone (412 px, as Lighthouse's mobile): nothing moves as results arrive, and it
// fetches only what the query needs. Layout shifts are Chromium's own layout-shift entries, not timings.
let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

async function phone(): Promise<{ page: Page; paths: string[] }> {
  const context = await site.browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const paths: string[] = [];
  page.on('request', (request) => void paths.push(new URL(request.url()).pathname));
  await page.addInitScript(() => {
    const state = window as unknown as { __shift: number };
    state.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) state.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return { page, paths };
}

/** Every layout shift of the page so far, summed (at least the CLS). */
const shifted = (page: Page) => page.evaluate(() => (window as unknown as { __shift: number }).__shift);

describe('the search page on a phone', () => {
  it('Khmer query in the address: results arrive without moving the page, with the vocabulary files of its letters only and no filter index', async () => {
    const { page, paths } = await phone();
    await page.goto(new URL(`/km/search/?q=${encodeURIComponent('សន្ដិសុខសាយប័រ')}`, site.base).href);
    await page.waitForSelector('#search-results li.result');
    await page.waitForLoadState('networkidle');
    expect(await shifted(page)).toBeLessThan(0.1);
    const vocabularyFiles = paths.filter((path) => path.startsWith('/search/'));
    expect(vocabularyFiles.length).toBeGreaterThan(0);
    expect(vocabularyFiles.every((path) => path.startsWith('/search/km-words/'))).toBe(true);
    expect(vocabularyFiles.length).toBeLessThan(10);
    expect(paths.filter((path) => path.startsWith('/pagefind/filter/'))).toEqual([]);
    // Pagefind runs on the page: the worker script is not one more step before the first result.
    expect(paths).not.toContain('/pagefind/pagefind-worker.js');
    await page.context().close();
  });

  it('English query: nothing moves, and opening the filters loads them with counts for the query', async () => {
    const { page, paths } = await phone();
    await page.goto(new URL('/en/search/?q=cybersecurity', site.base).href);
    await page.waitForSelector('#search-results li.result');
    await page.waitForLoadState('networkidle');
    expect(await shifted(page)).toBeLessThan(0.1);
    expect(paths.filter((path) => path.startsWith('/pagefind/filter/'))).toEqual([]);
    await page.click('#search-filter-panel summary');
    await page.waitForSelector('fieldset[data-group="kind"] input[value="obligation"]');
    expect(paths.some((path) => path.startsWith('/pagefind/filter/'))).toBe(true);
    const status = (await page.textContent('#search-status')) ?? '';
    const total = Number(status.match(/\d+/)?.[0]);
    const kindCounts = await page.$$eval('fieldset[data-group="kind"] .count', (spans) => spans.map((span) => Number(span.textContent?.replace(/\D/g, ''))));
    // The counts are those of this query's results (each result has one kind).
    expect(kindCounts.reduce((sum, count) => sum + count, 0)).toBe(total);
    await page.context().close();
  });
});

// Browser helpers of the benchmarks: a phone-sized cold context, an optional throttled link, the
// responses a page fetched (gzip bytes on the wire), and its layout shift (CLS, as Chromium reports it).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { kindOf, wireBytes, type Kind } from './bench-pages.ts';

/** A slow mobile link: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up (Lighthouse's "slow 4G"). */
export const SLOW_LINK = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

/** A fresh context (empty cache) the size of a phone (412 px wide, as Lighthouse's mobile). */
export async function phonePage(browser: Browser, throttled: boolean): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  if (throttled) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_LINK });
  }
  // Layout shifts as Chromium reports them, from the first paint on (PerformanceObserver, buffered).
  await page.addInitScript(() => {
    const shifts: { value: number; startTime: number }[] = [];
    (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; startTime: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) shifts.push({ value: entry.value, startTime: entry.startTime });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return { context, page };
}

/** CLS: the largest session window of shifts (gaps under 1 s, windows under 5 s), as web-vitals computes it. */
export async function cumulativeLayoutShift(page: Page): Promise<number> {
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; startTime: number }[] }).__shifts);
  let best = 0;
  let window = 0;
  let first = 0;
  let last = 0;
  for (const shift of shifts) {
    if (window > 0 && (shift.startTime - last >= 1000 || shift.startTime - first >= 5000)) window = 0;
    if (window === 0) first = shift.startTime;
    window += shift.value;
    last = shift.startTime;
    best = Math.max(best, window);
  }
  return best;
}

export interface Fetched {
  requests: { path: string; kind: Kind; bytes: number }[];
  total: () => number;
  byKind: () => Record<Kind, number>;
  settled: () => Promise<void>;
}

/** Every response the page receives from `origin`, with its gzip bytes on the wire. */
export function recordResponses(page: Page, origin: string): Fetched {
  const requests: Fetched['requests'] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin) return;
    pending.push(
      response.body().then(
        (body) => void requests.push({ path: url.pathname + url.search, kind: kindOf(response.request().resourceType(), url.pathname), bytes: wireBytes(url.pathname, body) }),
        () => undefined,
      ),
    );
  });
  return {
    requests,
    total: () => requests.reduce((sum, request) => sum + request.bytes, 0),
    byKind: () => {
      const kinds: Record<Kind, number> = { html: 0, css: 0, js: 0, font: 0, search: 0, other: 0 };
      for (const request of requests) kinds[request.kind] += request.bytes;
      return kinds;
    },
    settled: async () => {
      await Promise.all(pending);
    },
  };
}

/** Records, in the page, when the first search result appears (ours or a Pagefind UI's), in ms since navigation. */
export async function watchFirstResult(page: Page, selector: string): Promise<void> {
  await page.addInitScript((resultSelector: string) => {
    const state = window as unknown as { __firstResult?: number };
    new MutationObserver(() => {
      if (state.__firstResult === undefined && document.querySelector(resultSelector)) state.__firstResult = performance.now();
    }).observe(document, { childList: true, subtree: true });
  }, selector);
}

export const firstResultAt = (page: Page) => page.evaluate(() => (window as unknown as { __firstResult?: number }).__firstResult ?? NaN);

/**
 * Our search page, cold cache: (a) arriving with the query in the address (from navigation start to the
 * first result); (b) the page loaded first, then the query typed and submitted (from submit to the first
 * result). Bytes are everything the page fetched, by kind.
 */
export async function ourFirstSearch(browser: Browser, base: string, lang: string, query: string, throttled: boolean, mode: 'arrive' | 'typed') {
  const { context, page } = await phonePage(browser, throttled);
  try {
    await watchFirstResult(page, '#search-results li.result');
    const fetched = recordResponses(page, new URL(base).origin);
    let ms: number;
    if (mode === 'arrive') {
      await page.goto(new URL(`/${lang}/search/?q=${encodeURIComponent(query)}`, base).href, { waitUntil: 'commit' });
      await page.waitForSelector('#search-results li.result', { timeout: 120_000 });
      ms = await firstResultAt(page);
    } else {
      await page.goto(new URL(`/${lang}/search/`, base).href, { waitUntil: 'networkidle' });
      await page.fill('#search-page-q', query);
      const start = await page.evaluate(() => {
        (document.getElementById('search-page-form') as HTMLFormElement).requestSubmit();
        return performance.now();
      });
      await page.waitForSelector('#search-results li.result', { timeout: 120_000 });
      ms = (await firstResultAt(page)) - start;
    }
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await fetched.settled();
    const status = (await page.textContent('#search-status')) ?? '';
    const hits = Number(status.replace(/[០-៩]/g, (digit) => String(digit.charCodeAt(0) - 0x17e0)).match(/\d+/)?.[0] ?? NaN);
    return { ms, bytes: fetched.total(), byKind: fetched.byKind(), requests: fetched.requests.length, cls: await cumulativeLayoutShift(page), hits };
  } finally {
    await context.close();
  }
}

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserStepTimeout, openSite } from '../helpers/browser.ts';

import { bothLanguages } from '../helpers/page-types.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/** A page that records every request and every CSP violation. */
async function watchedPage(width = 1280): Promise<{ page: Page; requests: string[]; violations: string[] }> {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
  page.setDefaultTimeout(browserStepTimeout);
  const requests: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Refused to load: CSP ${event.violatedDirective} ${event.blockedURI}`));
  });
  return { page, requests, violations };
}

async function visit(page: Page, path: string): Promise<void> {
  const response = await page.goto(new URL(path, site.base).href, { waitUntil: 'networkidle' });
  expect(response?.status(), path).toBe(200);
  if (path.includes('/search/?q=')) await page.waitForSelector('#search-results li.result');
}

describe('every page type, both languages, in Chromium', () => {
  // One test per page: a slow machine slows each a little, never one test by the whole site.
  it.each(bothLanguages)('%s loads with nothing from another origin and no CSP violation', async (path) => {
    const { page, requests, violations } = await watchedPage();
    await visit(page, path);
    const origin = new URL(site.base).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    if (path.includes('/search/?q=')) expect(requests.some((url) => url.includes('/pagefind/'))).toBe(true);
    if (path.startsWith('/km/')) expect(requests.some((url) => url.endsWith('.woff2'))).toBe(true);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('the language switcher leads to the same page, and the same paragraph, in the other language', async () => {
    const { page } = await watchedPage();
    await visit(page, '/en/directives/ocm-265-scn-pb-2025/#rec-6-p1');
    await page.click('a.lang-switch');
    await page.waitForURL('**/km/directives/ocm-265-scn-pb-2025/#rec-6-p1');
    expect(await page.getAttribute('html', 'lang')).toBe('km');
    await page.click('a.lang-switch');
    await page.waitForURL('**/en/directives/ocm-265-scn-pb-2025/#rec-6-p1');
    await page.close();
  });

  it('the Cite copy button puts the citation on the clipboard', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    context.setDefaultTimeout(browserStepTimeout);
    const page = await context.newPage();
    await page.goto(new URL('/en/directives/ocm-265-scn-pb-2025/recommendations/4/', site.base).href);
    await page.click('section[aria-labelledby="rec-text"] .cite summary');
    await page.click('section[aria-labelledby="rec-text"] .cite button[data-copy$="-plain"]');
    await page.waitForFunction(() => document.querySelector('section[aria-labelledby="rec-text"] .cite [role="status"]')?.textContent === 'Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Office of the Council of Ministers, Letter No\. 265 SCN\.PB, 18 February 2025, recommendation 4\. http/);
    await context.close();
  });

  it('prints a recommendation without the site chrome, with its citation and URL', async () => {
    const { page } = await watchedPage();
    await visit(page, '/en/directives/ocm-265-scn-pb-2025/recommendations/4/');
    await page.emulateMedia({ media: 'print' });
    const visible = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector('.site-header') as Element).display,
      url: getComputedStyle(document.querySelector('.print-url') as Element).display,
      citation: (document.querySelector('.cite__text') as HTMLElement).offsetParent !== null,
    }));
    expect(visible).toEqual({ header: 'none', url: 'block', citation: true });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.close();
  });
});

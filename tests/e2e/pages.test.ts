import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite } from '../helpers/browser.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** One page of every type, in English; the Khmer twin is the same path under /km/. */
const pageTypes = [
  '/en/',
  '/en/about/',
  '/en/search/?q=cybersecurity',
  '/en/directives/',
  '/en/directives/ocm-265-scn-pb-2025/',
  '/en/directives/ocm-265-scn-pb-2025/recommendations/4/',
  '/en/bodies/',
  '/en/bodies/ministry-of-commerce/',
  '/en/references/',
  '/en/references/mptc-letter-298-bt-2025/',
  '/en/themes/',
  '/en/themes/cybersecurity/',
  '/en/instruments/',
  '/en/instruments/national-data-center/',
];
const bothLanguages = [...pageTypes, ...pageTypes.map((path) => path.replace(/^\/en\//, '/km/')), '/'];

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/** A page that records every request and every CSP violation. */
async function watchedPage(width = 1280): Promise<{ page: Page; requests: string[]; violations: string[] }> {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
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
  it('loads with nothing from another origin and no CSP violation', async () => {
    const { page, requests, violations } = await watchedPage();
    for (const path of bothLanguages) await visit(page, path);
    const origin = new URL(site.base).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    expect(requests.some((url) => url.includes('/pagefind/'))).toBe(true);
    expect(requests.some((url) => url.endsWith('.woff2'))).toBe(true);
    expect(violations).toEqual([]);
    await page.close();
  });

  it.each([1280, 390])('has no axe WCAG 2.2 A/AA violation at %ipx', async (width) => {
    // axe is injected as an inline script, which our CSP rightly refuses: bypass it for this audit only.
    const context = await site.browser.newContext({ bypassCSP: true, viewport: { width, height: 900 } });
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of bothLanguages) {
      await visit(page, path);
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })`) as { violations: { id: string; nodes: { target: string[] }[] }[] };
      for (const violation of result.violations) found.push(`${path}: ${violation.id} (${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')})`);
    }
    expect(found).toEqual([]);
    await context.close();
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

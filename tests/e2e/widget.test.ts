import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/routes.ts';
import type { BodyPart } from '../../src/schemas/body-data.ts';
import { openSite, type Site } from '../helpers/browser.ts';
import { builtFile } from '../helpers/dist.ts';

const mef = 'ministry-of-economy-and-finance';
let site: Site;
let other: Server;
let otherBase = '';

/**
 * A ministry's website: another origin (another port), with its own strict CSP that allows only the
 * atlas's script and data, and no inline style or script. It embeds the documented snippet.
 */
function ministrySite(atlasOrigin: string): Server {
  return createServer((request, response) => {
    const lang = new URL(request.url ?? '/', 'http://x').searchParams.get('lang') === 'km' ? 'km' : 'en';
    response.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `default-src 'none'; script-src ${atlasOrigin}; connect-src ${atlasOrigin}; style-src 'self'; img-src 'self'`,
    });
    response.end(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>A ministry</title>
<script src="${atlasOrigin}${routes.widget}" defer></script></head>
<body><h1>Our obligations</h1><atlas-obligations body="${mef}" lang="${lang}"></atlas-obligations></body></html>`);
  });
}

beforeAll(async () => {
  site = await openSite();
  other = ministrySite(new URL(site.base).origin);
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherBase = `http://127.0.0.1:${(other.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await new Promise((resolve) => other?.close(resolve));
  await site?.close();
});

async function watched(url: string): Promise<{ page: Page; violations: string[] }> {
  const page = await site.browser.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to|CORS/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Refused: CSP ${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  return { page, violations };
}

describe('the embeddable list, on a page of another origin', () => {
  it.each(['en', 'km'] as const)('%s: shows every obligation of the Ministry of Economy and Finance, linked back, with no CSP violation', async (lang) => {
    const data = JSON.parse(builtFile(routes.bodyDataPart(mef, 1, 'json'))) as BodyPart;
    expect(new URL(otherBase).origin).not.toBe(new URL(site.base).origin);
    const { page, violations } = await watched(`${otherBase}?lang=${lang}`);
    await page.waitForSelector('atlas-obligations >> li[data-obligation]');
    const items = await page.$$eval('atlas-obligations', (hosts) =>
      [...(hosts[0]?.shadowRoot?.querySelectorAll('li[data-obligation]') ?? [])].map((item) => ({
        id: item.getAttribute('data-obligation'),
        href: item.querySelector('a')?.getAttribute('href'),
        text: item.querySelector('a')?.textContent ?? '',
      })),
    );
    expect(items.map((item) => item.id)).toEqual(data.obligations.map((item) => item.id));
    expect(items.map((item) => item.href)).toEqual(data.obligations.map((item) => item.url[lang]));
    expect(items.every((item, index) => item.text.endsWith(data.obligations[index]!.action[lang]))).toBe(true);
    // Its style came from a constructed stylesheet: the list is styled, and nothing was refused.
    const padding = await page.$eval('atlas-obligations', (host) => getComputedStyle(host.shadowRoot!.querySelector('ol')!).paddingLeft);
    expect(padding).not.toBe('40px');
    expect(violations).toEqual([]);
    await page.close();
  });

  it("the atlas documents the snippet on the body's page of full entries, linked from its body page, with no CSP violation", async () => {
    const body = await watched(new URL(routes.body('en', mef), site.base).href);
    await body.page.click(`a[href="${routes.bodyObligations('en', mef)}#embed"]`);
    await body.page.waitForURL((url) => url.pathname === routes.bodyObligations('en', mef));
    await body.page.close();
    const { page, violations } = await watched(new URL(routes.bodyObligations('en', mef), site.base).href);
    const snippet = (await page.textContent('#embed-snippet')) ?? '';
    expect(snippet).toContain(`${routes.widget}"`);
    expect(snippet).toContain(`<atlas-obligations body="${mef}" lang="en"></atlas-obligations>`);
    expect(violations).toEqual([]);
    await page.close();
  });
});

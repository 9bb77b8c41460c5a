import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/khmer.ts';
import type { BodyPart } from '../../src/schemas/body-data.ts';
import { openSite, type Site } from '../helpers/browser.ts';
import { routes } from '../../src/lib/routes.ts';
import { builtFile, page as builtPage } from '../helpers/dist.ts';

// The first part of the body's data: the obligations of its first page (on the real site, all of them).
const data = (id: string) => JSON.parse(builtFile(routes.bodyDataPart(id, 1, 'json'))) as BodyPart;
const count = <T>(items: T[], key: (item: T) => string) => items.reduce((map, item) => map.set(key(item), (map.get(key(item)) ?? 0) + 1), new Map<string, number>());

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

async function open(path: string, width = 390): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height: 800 } });
  const response = await page.goto(new URL(path, site.base).href, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  return page;
}
/** Obligation ids of the table rows shown. */
const shownRows = (page: Page) => page.$$eval('tr[data-obligation]', (rows) => rows.filter((row) => !(row as HTMLElement).hidden).map((row) => row.getAttribute('data-obligation')));

describe("a body's page in Chromium", () => {
  it.each(['en', 'km'] as const)('%s: the first screen sums up what MPTC must do, as the data says', async (lang) => {
    const body = data('mptc');
    const page = await open(`/${lang}/bodies/mptc/`);
    const text = async (selector: string) => ((await page.textContent(selector)) ?? '').trim();
    expect(await text('[data-count="total"]')).toBe(formatNumber(lang, body.obligations.length));
    expect(await text('[data-count="direct"]')).toBe(formatNumber(lang, body.obligations.filter((item) => item.how === 'direct').length));
    const byRole = count(body.obligations, (item) => item.role);
    const shownRoles = await page.$$eval('[data-role-count]', (items) => items.map((item) => [item.getAttribute('data-role-count'), item.textContent?.trim() ?? '']));
    expect(shownRoles.map(([role]) => role).sort()).toEqual([...byRole.keys()].sort());
    for (const [role, shown] of shownRoles) expect((shown ?? '').endsWith(formatNumber(lang, byRole.get(role ?? '') ?? -1)), `${role}: ${shown}`).toBe(true);
    const byRec = count(body.obligations, (item) => String(item.recommendation));
    const shownRecs = await page.$$eval('[data-rec-count]', (items) => items.map((item) => [item.getAttribute('data-rec-count'), item.textContent?.trim() ?? '']));
    expect(shownRecs.map(([rec]) => rec)).toEqual([...byRec.keys()]);
    for (const [rec, shown] of shownRecs) expect((shown ?? '').endsWith(formatNumber(lang, byRec.get(rec ?? '') ?? -1))).toBe(true);
    // The summary is on the first screens of a phone: above the table.
    const summaryTop = await page.$eval('#summary', (element) => element.getBoundingClientRect().top);
    expect(summaryTop).toBeLessThan(800 * 1.5);
    // Every row of the table opens its full entry on the body's page of full entries, that obligation's.
    const full = routes.bodyObligations(lang, 'mptc');
    const targets = await page.$$eval('tr[data-obligation]', (rows) => rows.map((row) => ({ id: row.getAttribute('data-obligation'), href: row.querySelector('td a')?.getAttribute('href') ?? '' })));
    expect(targets).toHaveLength(body.obligations.length);
    const fullPage = builtPage(full);
    for (const { id, href } of targets) {
      expect(href.startsWith(`${full}#obl-`), href).toBe(true);
      expect(
        fullPage
          .querySelector(`.body-full #${href.split('#')[1]}`)
          ?.closest('[data-obligation]')
          ?.getAttribute('data-obligation'),
        href,
      ).toBe(id);
    }
    await page.close();
  });

  it('en: filters live in the URL and survive a reload; without a filter everything is shown', async () => {
    const body = data('mptc');
    const page = await open('/en/bodies/mptc/?role=lead');
    const leads = body.obligations.filter((item) => item.role === 'lead');
    expect(await shownRows(page)).toEqual(leads.map((item) => item.id));
    const rec = String(leads.at(-1)?.recommendation);
    await page.selectOption('select[name="rec"]', rec);
    const expected = leads.filter((item) => String(item.recommendation) === rec).map((item) => item.id);
    expect(new URL(page.url()).searchParams.get('rec')).toBe(rec);
    expect(new URL(page.url()).searchParams.get('role')).toBe('lead');
    expect(await shownRows(page)).toEqual(expected);
    await page.reload({ waitUntil: 'load' });
    expect(await page.inputValue('select[name="rec"]')).toBe(rec);
    expect(await shownRows(page)).toEqual(expected);
    await page.click('button[data-filter-reset]');
    await page.waitForFunction(() => !location.search.includes('role='));
    expect(await shownRows(page)).toHaveLength(body.obligations.length);
    await page.close();
  });

  it("en: with no filter in the address, the filters' script is fetched only by the first change, which it applies", async () => {
    const body = data('mptc');
    const page = await open('/en/bodies/mptc/');
    const filtersScript = () => page.$$eval('script[src$="/body-filters.js"]', (scripts) => scripts.length);
    await page.waitForSelector('[data-filters]:not([hidden])');
    expect(await filtersScript()).toBe(0);
    await page.selectOption('select[name="role"]', 'lead');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('role') === 'lead');
    expect(await filtersScript()).toBe(1);
    expect(await shownRows(page)).toEqual(body.obligations.filter((item) => item.role === 'lead').map((item) => item.id));
    await page.close();
  });

  it('km: "through a group" shows what MEF carries as a member of a group; JavaScript off shows everything', async () => {
    const body = data('ministry-of-economy-and-finance');
    const page = await open('/km/bodies/ministry-of-economy-and-finance/?how=group');
    const group = body.obligations.filter((item) => item.how === 'group').map((item) => item.id);
    expect(group.length).toBeGreaterThan(0);
    expect(await shownRows(page)).toEqual(group);
    expect(await page.textContent('[data-filter-status]')).toContain(formatNumber('km', group.length));
    await page.close();
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(new URL('/km/bodies/ministry-of-economy-and-finance/?how=group', site.base).href);
    expect(await shownRows(plain)).toHaveLength(body.obligations.length);
    expect(await plain.isVisible('[data-filters]')).toBe(false);
    await context.close();
  });

  it("an obligation's permalink opens its entry on its recommendation page, with its own Cite box", async () => {
    const body = data('ministry-of-economy-and-finance');
    const item = body.obligations.find((candidate) => candidate.recommendation > 0) ?? body.obligations[0]!;
    const page = await open(routes.bodyObligations('km', 'ministry-of-economy-and-finance'), 1280);
    await page.click(`.body-full li[data-obligation="${item.id}"] a[data-permalink]`);
    await page.waitForURL(/#obl-/);
    const local = (url: string) => new URL(url).pathname + new URL(url).hash;
    expect(local(page.url())).toBe(local(item.url.km));
    const target = await page.$(':target');
    expect(await target?.evaluate((element) => element.closest('[data-obligation]')?.getAttribute('data-obligation'))).toBe(item.id);
    expect(await target?.isVisible()).toBe(true);
    const cite = await page.$(`li[data-obligation="${item.id}"] .cite [id$="-url"]`);
    expect((await cite?.textContent())?.trim()).toBe(item.url.km);
    await page.close();
  });

  it('the matrix on a 390 px phone: a visible cue, and every column reachable by scrolling its table', async () => {
    const page = await open('/en/directives/ocm-265-scn-pb-2025/');
    expect(await page.isVisible('[data-scroll-cue]')).toBe(true);
    const scroller = await page.$('.table-scroll:has(table.matrix)');
    const [scrollWidth, clientWidth] = (await scroller?.evaluate((element) => [element.scrollWidth, element.clientWidth])) ?? [0, 0];
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    expect(await scroller?.getAttribute('aria-describedby')).toBe('matrix-scroll-cue');
    // The last column's header becomes visible once the table is scrolled to its end.
    await scroller?.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    const last = await page.$('table.matrix thead th:last-child');
    const box = await last?.boundingBox();
    expect(box && box.x + box.width <= 390 + 1).toBe(true);
    expect(await page.$eval('table.matrix', (table) => table.querySelectorAll('th[scope="col"]').length)).toBeGreaterThan(11);
    await page.close();
  });
});

import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../helpers/atlas.ts';
import { useSitePage } from '../helpers/browser.ts';
import { shardPath, shardsForQuery } from '../../src/lib/khmer-vocabulary.ts';

const { site, page } = useSitePage();

async function typeQuery(lang: 'en' | 'km', query: string): Promise<void> {
  await page().goto(new URL(`/${lang}/search/`, site().base).href);
  await page().fill('#search-page-q', query);
  await page().press('#search-page-q', 'Enter');
  await page().waitForSelector('#search-results li.result');
}

describe('the search page in a real browser', () => {
  it('Khmer: a typed query lands on the obligation, and a filter narrows the results and is kept in the URL', async () => {
    await typeQuery('km', 'មជ្ឈមណ្ឌលទិន្នន័យជាតិ');
    const hrefs = await page().$$eval('#search-results li.result h3 a', (links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.slice(0, 3)).toContain('/km/directives/ocm-265-scn-pb-2025/recommendations/8/#obl-r08-o5');
    const status = await page().textContent('#search-status');
    expect(status).toMatch(/[០-៩]/);
    // Filters are loaded when asked for (their indexes list every page of the site).
    await page().click('#search-show-filters');
    await page().check('fieldset[data-group="kind"] input[value="obligation"]');
    await page().waitForFunction(() => location.search.includes('kind=obligation'));
    await page().waitForFunction(() => [...document.querySelectorAll('#search-results li.result')].every((item) => (item as HTMLElement).dataset.kind === 'obligation'));
    const kinds = await page().$$eval('#search-results li.result', (items) => items.map((item) => (item as HTMLElement).dataset.kind));
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['obligation']));
    // Results show the text as written, not the indexer's word-split copy.
    const title = await page().textContent('#search-results li.result h3 a[href$="#obl-r08-o5"]');
    expect(title).toBe(loadAtlas().obligations.find((obligation) => obligation.id.endsWith('r08-o5'))?.data.action.km);
    const shown = await page().textContent('#search-results');
    expect(shown).not.toMatch(/[\u2002\u2009]/);
  });

  it('English: a shared URL with a query and a body filter reproduces the search, with metadata', async () => {
    await page().goto(new URL('/en/search/?q=cybersecurity&body=ministry-of-commerce&kind=obligation', site().base).href);
    await page().waitForSelector('#search-results li.result');
    expect(await page().inputValue('#search-page-q')).toBe('cybersecurity');
    expect(await page().isChecked('fieldset[data-group="body"] input[value="ministry-of-commerce"]')).toBe(true);
    const first = await page().$eval('#search-results li.result', (item) => ({ href: item.querySelector('h3 a')?.getAttribute('href'), meta: item.querySelector('.result__meta')?.textContent }));
    expect(first.href).toMatch(/#obl-r(02|10)-o\d$/);
    expect(first.meta).toMatch(/Recommendation (2|10)/);
    const counts = await page().$$eval('fieldset[data-group="role"] .count', (spans) => spans.map((span) => span.textContent));
    expect(counts.length).toBeGreaterThan(0);
  });

  it('a first Khmer query fetches no filter index and only the vocabulary shards the query needs', async () => {
    const fetched: string[] = [];
    page().on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const query = 'ទំនិញក្លែងក្លាយ';
    await typeQuery('km', query);
    await page().waitForLoadState('networkidle');
    expect(fetched.filter((path) => path.startsWith('/pagefind/filter/'))).toEqual([]);
    expect(fetched).not.toContain('/search/km-words.json');
    const shards = fetched.filter((path) => path.startsWith('/search/km-words/'));
    expect(shards.length).toBeGreaterThan(0);
    expect(new Set(shards)).toEqual(new Set(shardsForQuery(query).map(shardPath)));
    expect(await page().isVisible('#search-show-filters')).toBe(true);
    expect(await page().locator('#search-filters fieldset').count()).toBe(0);
  });

  it('a body page links to search prefiltered on that body', async () => {
    await page().goto(new URL('/en/bodies/ministry-of-civil-service/', site().base).href);
    await page().click('a[href*="/en/search/?kind=obligation&body=ministry-of-civil-service"]');
    await page().waitForSelector('#search-results li.result');
    const hrefs = await page().$$eval('#search-results li.result h3 a', (links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toContain('/en/directives/ocm-265-scn-pb-2025/recommendations/7/#obl-r07-o4');
  });
});

import { obligationPath } from '../../src/lib/atlas.ts';
import { describe, expect, it } from 'vitest';
import { asciiDigits } from '../../src/lib/khmer-segment.ts';
import { bodiesBound } from '../../src/lib/search-records.ts';
import { loadAtlas } from '../helpers/atlas.ts';
import { useSitePage } from '../helpers/browser.ts';

// Khmer as people type it, run through the real search page (typed into its box, Enter pressed):
// both spellings of TA/DA, zero-width characters, spaces, Khmer and Western digits, split vowels, marks
// typed out of order, acronyms, and Khmer typed on the English page.

const { site, page } = useSitePage();

interface Shown {
  urls: string[];
  count: number;
}

/** Types a query on a language's search page and returns every result (all "more" pages). */
async function typeQuery(lang: 'en' | 'km', query: string): Promise<Shown> {
  await page().goto(new URL(`/${lang}/search/`, site().base).href);
  await page().fill('#search-page-q', query);
  await page().press('#search-page-q', 'Enter');
  // Done when the status gives a count and every result is shown ("more" is pressed until then).
  await page().waitForFunction(
    () => {
      const status = document.getElementById('search-status')?.textContent ?? '';
      if (status === '' || status.endsWith('…')) return false;
      const digits = /[0-9០-៩]+/.exec(status)?.[0];
      const count = digits ? Number(digits.replace(/[០-៩]/g, (digit) => String(digit.charCodeAt(0) - 0x17e0))) : 0;
      const shown = document.querySelectorAll('#search-results li.result').length;
      const more = document.getElementById('search-more') as HTMLButtonElement;
      if (shown < count && !more.hidden) more.click();
      return shown === count;
    },
    undefined,
    { polling: 100 },
  );
  const urls = await page().$$eval('#search-results li.result h3 a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
  const status = (await page().textContent('#search-status')) ?? '';
  const count = /\d+/.exec(asciiDigits(status))?.[0];
  return { urls, count: count ? Number(count) : 0 };
}

// [language, as the reader types it, as the site writes it]: both must find exactly the same results.
const variants: ['en' | 'km', string, string][] = [
  ['km', 'សន្ដិសុខ', 'សន្តិសុខ'],
  ['km', 'សន្ដិសុខសាយប័រ', 'សន្តិសុខសាយប័រ'],
  ['km', 'ច្បាប់ស្ដីពីសន្ដិសុខសាយប័រ', 'ច្បាប់ស្តីពីសន្តិសុខសាយប័រ'],
  ['km', 'ទីស្ដីការគណៈរដ្ឋមន្ដ្រី', 'ទីស្តីការគណៈរដ្ឋមន្ត្រី'],
  ['km', 'សេចក្ដីព្រាងច្បាប់', 'សេចក្តីព្រាងច្បាប់'],
  ['km', 'ចាប់ផ្ដើម', 'ចាប់ផ្តើម'],
  ['km', 'មជ្ឈមណ្ឌល\u200bទិន្នន័យ\u200bជាតិ', 'មជ្ឈមណ្ឌលទិន្នន័យជាតិ'],
  ['km', 'ទំនិញ\u200cក្លែងក្លាយ', 'ទំនិញក្លែងក្លាយ'],
  ['km', 'អក្ខរកម្ម\u200dឌីជីថល', 'អក្ខរកម្មឌីជីថល'],
  ['km', 'អាហារូប\u00adករណ៍', 'អាហារូបករណ៍'],
  ['km', 'សន្ដិ\u200bសុខ\u200bសាយប័រ', 'សន្តិសុខសាយប័រ'],
  ['km', 'មជ្ឈមណ្ឌល ទិន្នន័យ ជាតិ', 'មជ្ឈមណ្ឌលទិន្នន័យជាតិ'],
  ['km', 'ក្រសួង មុខងារ សាធារណៈ', 'ក្រសួងមុខងារសាធារណៈ'],
  ['km', 'ក្រសួងសេដ្ឋកិច្ចនិងហិរញ្ញវត្ថុ', 'ក្រសួងសេដ្ឋកិច្ច និងហិរញ្ញវត្ថុ'],
  ['km', 'សួន ឌីជីថល', 'សួនឌីជីថល'],
  ['km', '២៦៥', '265'],
  ['km', '២០២៥', '2025'],
  ['en', '២៦៥', '265'],
  ['km', 'ប\u17c3\u17d2\u179aសណីយ៍កម្ពុជា', 'ប្រៃសណីយ៍កម្ពុជា'],
  ['km', 'អង្គការសុខភាពពិភពល\u17c1\u17b6ក', 'អង្គការសុខភាពពិភពលោក'],
  ['km', 'ឆ្ល\u17c1\u17b8យតប', 'ឆ្លើយតប'],
  ['km', 'ឆ្ន\u17c6\u17b6', 'ឆ្នាំ'],
  ['km', 'ឲ្យបានឆាប់បំផុត', 'ឱ្យបានឆាប់បំផុត'],
  ['en', 'mef', 'MEF'],
];

const atlas = loadAtlas();
const R = '/directives/ocm-265-scn-pb-2025/recommendations/';
/** Every obligation a body carries, directly or through a group, as search result URLs. */
function obligationsOf(lang: 'en' | 'km', body: string): string[] {
  return atlas.obligations.filter((obligation) => bodiesBound(atlas, obligation).includes(body)).map((obligation) => obligationPath(atlas, lang, obligation));
}

// [language, query, body]: the body's page and every obligation it carries must be found.
const bodies: ['en' | 'km', string, string][] = [
  ['en', 'MEF', 'ministry-of-economy-and-finance'],
  ['en', 'Ministry of Economy and Finance', 'ministry-of-economy-and-finance'],
  ['km', 'ក្រសួងសេដ្ឋកិច្ច និងហិរញ្ញវត្ថុ', 'ministry-of-economy-and-finance'],
  ['km', 'MEF', 'ministry-of-economy-and-finance'],
  ['en', 'NBC', 'national-bank-of-cambodia'],
  ['en', 'MoEYS', 'ministry-of-education-youth-and-sport'],
  ['km', 'ក្រសួងអប់រំ យុវជន និងកីឡា', 'ministry-of-education-youth-and-sport'],
  ['en', 'MISTI', 'ministry-of-industry-science-technology-and-innovation'],
  ['km', 'MPTC', 'mptc'],
];

describe('Khmer typed as people type it, on the real search page', () => {
  // One test per variant: a busy machine slows each a little, never one test by all of them.
  it.each(variants)('%s: "%s" finds exactly what "%s" finds', async (lang, typed, written) => {
    const reference = await typeQuery(lang, written);
    expect(reference.urls.length, `"${written}" finds nothing`).toBeGreaterThan(0);
    const got = await typeQuery(lang, typed);
    expect(got.urls).toEqual(reference.urls);
  });

  it(`finds a body by its name, Khmer name or acronym, and every obligation it carries (${bodies.length} queries)`, async () => {
    const misses: string[] = [];
    for (const [lang, query, body] of bodies) {
      const { urls } = await typeQuery(lang, query);
      const expected = [`/${lang}/bodies/${body}/`, ...obligationsOf(lang, body)];
      const missing = expected.filter((url) => !urls.includes(url));
      if (missing.length > 0) misses.push(`${lang} "${query}": missing ${missing.join(' ')}`);
    }
    // The Ministry of Economy and Finance is named in one obligation and carries the rest through "ministries and institutions".
    expect(obligationsOf('en', 'ministry-of-economy-and-finance').length).toBeGreaterThan(10);
    expect(misses).toEqual([]);
  });

  it('Khmer typed on the English page is offered the Khmer search in one click, which finds it', async () => {
    await typeQuery('en', 'សន្ដិសុខសាយប័រ');
    await page().click('#search-other-lang a');
    await page().waitForSelector('#search-results li.result');
    expect(new URL(page().url()).pathname).toBe('/km/search/');
    expect(await page().inputValue('#search-page-q')).toBe('សន្ដិសុខសាយប័រ');
    const urls = await page().$$eval('#search-results li.result h3 a', (links) => links.map((link) => link.getAttribute('href')));
    expect(urls).toContain('/km/themes/cybersecurity/');
  });

  it('Latin typed on the Khmer page is offered the English search; a Khmer query there is not', async () => {
    await typeQuery('km', 'counterfeit goods');
    expect(await page().getAttribute('#search-other-lang a', 'href')).toBe('/en/search/?q=counterfeit+goods');
    await page().click('#search-other-lang a');
    await page().waitForSelector('#search-results li.result');
    const urls = await page().$$eval('#search-results li.result h3 a', (links) => links.map((link) => link.getAttribute('href')));
    expect(urls.slice(0, 3)).toContain(`/en${R}3/#obl-r03-o8`);
    await typeQuery('km', 'ទំនិញក្លែងក្លាយ');
    expect(await page().isHidden('#search-other-lang')).toBe(true);
  });

  it('marks the query in Khmer results, in the text as written', async () => {
    await typeQuery('km', 'សន្ដិសុខ');
    const marks = await page().$$eval('#search-results mark', (items) => items.map((item) => item.textContent));
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['សន្តិសុខ']));
  });

  it('the language switch keeps the query and the filters', async () => {
    await typeQuery('km', 'សន្តិសុខសាយប័រ');
    await page().check('fieldset[data-group="kind"] input[value="obligation"]');
    await page().waitForFunction(() => location.search.includes('kind=obligation'));
    await page().click('a.lang-switch');
    await page().waitForSelector('#search-page-q');
    const url = new URL(page().url());
    expect(url.pathname).toBe('/en/search/');
    expect(url.searchParams.get('q')).toBe('សន្តិសុខសាយប័រ');
    expect(url.searchParams.getAll('kind')).toEqual(['obligation']);
    expect(await page().isChecked('fieldset[data-group="kind"] input[value="obligation"]')).toBe(true);
  });
});

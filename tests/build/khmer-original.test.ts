import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/atlas.ts';
import { fixtureSite } from '../helpers/fixture-site.ts';
import { searchMany } from '../helpers/search.ts';

/**
 * A document issued in Khmer beside the real letter, in a real `astro build` of a copy of the project
 * (tests/fixtures/khmer-original/, never published): a letter whose Khmer text is the original and whose
 * English is a translation published by its issuer, and which amends an earlier letter known as a stub.
 * Every page shows each text with its own status; the letter's pages keep theirs.
 */
const id = 'test-khmer-letter-2025';
const letter = 'ocm-265-scn-pb-2025';
const built = fixtureSite('khmer-original', 'a Khmer original');
const { fixture, dist } = built;
const seed = readFileSync(join(fixture, 'seeds/test-khmer-letter-2025.km.txt'), 'utf8');
const khmerRecommendation = 'ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍ ត្រូវរៀបចំបញ្ជីឈ្មោះអ្នកសាកល្បងឌីជីថល។';

const html = (path: string): HTMLElement => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
const jsonLd = (root: HTMLElement) => JSON.parse(root.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as Record<string, unknown>;
const meta = (root: HTMLElement, name: string) => root.querySelectorAll(`meta[name="${name}"]`).map((element) => element.getAttribute('content'));

describe('a letter issued in Khmer, with an English translation by its issuer, beside the real letter', () => {
  it('its Khmer page shows the text as issued, verbatim from its source, with no translation notice', () => {
    const km = html(`/km/directives/${id}/`);
    expect(km.querySelector('html')?.getAttribute('lang')).toBe('km');
    expect(seed).toContain(khmerRecommendation);
    expect(km.querySelector('#rec-1')?.parentNode?.textContent ?? km.textContent).toContain(khmerRecommendation);
    expect(km.querySelector('[data-text-status="ours"]')).toBeNull();
    const original = km.querySelector('[data-text-status="original"]');
    expect(original?.textContent).toContain('អត្ថបទដើម');
    expect(original?.querySelector('a')?.getAttribute('href')).toBe('https://example.org/test-khmer-letter-2025/km');
    // Structured data and reference managers: the Khmer text is no translation of anything.
    expect(jsonLd(km).translationOfWork).toBeUndefined();
    expect(meta(km, 'citation_language')).toEqual(['km']);
  });

  it('its English page says whose translation it is, when and where it was published, and links the Khmer original', () => {
    const en = html(`/en/directives/${id}/`);
    const notice = en.querySelector('[data-text-status="official"]');
    expect(notice?.textContent).toContain('Official translation.');
    expect(notice?.textContent).toContain('published by Office of the Council of Ministers');
    expect(notice?.textContent).toContain('The text as issued is in Khmer.');
    expect(notice?.textContent).toContain('12 March 2025');
    const links = notice?.querySelectorAll('a').map((link) => [link.getAttribute('href'), link.getAttribute('hreflang') ?? null]);
    expect(links).toEqual([
      ['https://example.org/test-khmer-letter-2025/en', null],
      [`/km/directives/${id}/`, 'km'],
    ]);
    expect(en.querySelector('[data-text-status="ours"]')).toBeNull();
    expect((jsonLd(en).translationOfWork as { '@id': string })['@id']).toMatch(new RegExp(`/km/directives/${id}/$`));
    expect(en.querySelector('h1')?.textContent).toBe('Office of the Council of Ministers, Letter No. 10 TEST');
  });

  it('each recommendation page carries the same status as its text', () => {
    expect(html(`/en/directives/${id}/recommendations/1/`).querySelector('[data-text-status]')?.getAttribute('data-text-status')).toBe('official');
    expect(html(`/km/directives/${id}/recommendations/1/`).querySelector('[data-text-status]')?.getAttribute('data-text-status')).toBe('original');
  });

  it('the side-by-side reader puts the Khmer original first and labels each column with its status', () => {
    const reader = html(`/en/directives/${id}/side-by-side/`);
    // Its introduction names the two texts as they are, not as the letter's are ("English, the source text").
    expect(reader.querySelector('main')?.textContent).toContain('in two columns: Text as issued (Khmer); Official English translation, published by Office of the Council of Ministers.');
    expect(reader.querySelector('main')?.textContent).not.toContain('the source text');
    const pair = reader.querySelector('.pair');
    const columns = pair?.querySelectorAll('.pair__text').map((column) => [column.getAttribute('lang'), column.getAttribute('data-status'), column.querySelector('.pair__status')?.textContent.trim()]);
    expect(columns).toEqual([
      ['km', 'source', 'Text as issued (Khmer)'],
      ['en', 'official', 'Official English translation, published by Office of the Council of Ministers'],
    ]);
  });

  it('says that it amends the earlier letter, from which recommendation, and the stub says it is amended', () => {
    const relations = html(`/en/directives/${id}/`).querySelector('#relations')?.parentNode;
    expect(relations?.textContent.replace(/\s+/g, ' ')).toContain('Amends Letter No. 3 TEST (by Recommendation 1), 10 March 2025');
    expect(relations?.querySelector(`a[href="/en/references/test-earlier-letter-2024/"]`)).not.toBeNull();
    const stub = html('/km/references/test-earlier-letter-2024/').querySelector('#relations')?.parentNode;
    expect(stub?.textContent).toContain('ត្រូវបានធ្វើវិសោធនកម្មដោយ');
    expect(stub?.querySelector(`a[href="/km/directives/${id}/"]`)).not.toBeNull();
  });

  it('the open data says what each text is and carries the relation', () => {
    const file = JSON.parse(readFileSync(join(dist, `data/directives/${id}.json`), 'utf8')) as { directive: Record<string, unknown> };
    expect(file.directive).toMatchObject({
      kind: 'letter',
      issuedIn: 'km',
      texts: {
        km: { status: 'original', publisher: 'ocm', url: 'https://example.org/test-khmer-letter-2025/km', date: '2025-03-10' },
        en: { status: 'official-translation', by: 'ocm', url: 'https://example.org/test-khmer-letter-2025/en', date: '2025-03-12' },
      },
      relations: [{ type: 'amends', document: 'test-earlier-letter-2024', date: '2025-03-10', provision: 'rec-1' }],
    });
    // Its Khmer text is its own words, not our translation.
    expect((file.directive.recommendations as { text: { kmStatus: string } }[])[0]?.text.kmStatus).toBe('original');
    expect(readFileSync(join(dist, `data/akn/${id}.xml`), 'utf8')).toContain('type="amends" direction="active" refersTo="#doc-test-earlier-letter-2024"');
  });

  it('leaves the real letter as it was: our Khmer translation under its notice, no notice on the English it holds', () => {
    const km = html(`/km/directives/${letter}/`);
    expect(km.querySelector('[data-text-status="ours"]')?.textContent).toContain('ការបកប្រែក្រៅផ្លូវការ');
    expect(html(`/en/directives/${letter}/`).querySelector('[data-text-status]')).toBeNull();
    expect(html(`/en/directives/${letter}/`).querySelector('#relations')).toBeNull();
  });

  it('the ministry’s obligations list the new letter’s beside the real one’s, each quote labelled with what its words are', () => {
    expect(html('/en/bodies/mptc/').textContent).toContain('MPTC shall prepare the list of digital testers');
    expect(html('/km/bodies/mptc/').textContent).toContain('ត្រូវរៀបចំបញ្ជីឈ្មោះអ្នកសាកល្បងឌីជីថល');
    const body = html('/en/bodies/mptc/obligations/');
    const card = body.querySelectorAll('[data-obligation]').find((item) => item.getAttribute('data-obligation') === `${id}/r01-o1`);
    expect(card?.textContent).toContain('MPTC shall prepare the list of digital testers');
    // The quoted English words are the issuer's translation, and the card says so; the letter's cards keep their label.
    expect(card?.querySelector('.quote-label')?.textContent).toBe('The words of the official English translation');
    const letterCard = body.querySelectorAll('[data-obligation]').find((item) => item.getAttribute('data-obligation')?.startsWith(`${letter}/`));
    expect(letterCard?.querySelector('.quote-label')?.textContent).toBe('The words of the letter (English source text)');
    const kmCard = html('/km/bodies/mptc/obligations/')
      .querySelectorAll('[data-obligation]')
      .find((item) => item.getAttribute('data-obligation') === `${id}/r01-o1`);
    expect(kmCard?.querySelector('summary')?.textContent).toBe('ពាក្យនៃការបកប្រែផ្លូវការជាភាសាអង់គ្លេស');
  });
});

describe('in Chromium, in both languages', () => {
  it('shows the Khmer original and the English translation each with its own notice', async () => {
    const browserPage = built.page();
    await browserPage.goto(built.url(`/km/directives/${id}/`));
    expect(await browserPage.locator('[data-text-status="original"]').isVisible()).toBe(true);
    expect(await browserPage.locator('[data-text-status="ours"]').count()).toBe(0);
    expect(await browserPage.locator('main').innerText()).toContain(khmerRecommendation);
    await browserPage.goto(built.url(`/en/directives/${id}/`));
    const notice = browserPage.locator('[data-text-status="official"]');
    expect(await notice.isVisible()).toBe(true);
    await notice.getByRole('link', { name: 'Read the text as issued (Khmer)' }).click();
    await browserPage.waitForURL(`**/km/directives/${id}/`);
    // The anchors of its recommendation resolve on the page.
    await browserPage.goto(built.url(`/km/directives/${id}/#rec-1`));
    expect(await browserPage.locator('#rec-1').isVisible()).toBe(true);
  });

  it('search finds the Khmer original by a word inside its running text', async () => {
    const browserPage = built.page();
    await browserPage.goto(built.url(`/km/search/`));
    // As the Khmer search page asks: the query segmented with this build's vocabulary, exact diacritics.
    const [hits] = await searchMany(browserPage, ['អ្នកសាកល្បង'], { exactDiacritics: true, dist });
    const urls = hits!.map((hit) => hit.url);
    expect(urls.some((url) => url.includes(`/km/directives/${id}/`))).toBe(true);
  });
});

it('publishes nothing of the fixture in the real build', () => {
  expect(existsSync(join(projectRoot, `dist/en/directives/${id}/index.html`))).toBe(false);
});

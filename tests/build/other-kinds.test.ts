import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/atlas.ts';
import { fixtureSite } from '../helpers/fixture-site.ts';
import { searchMany } from '../helpers/search.ts';

/**
 * A sub-decree beside the real letter, in a real `astro build` of a copy of the project
 * (tests/fixtures/other-kinds/, never published): issued in Khmer, in two chapters and three articles,
 * with an English translation published by its issuer, and amending an earlier sub-decree known as a
 * stub. Its pages are article pages (`articles/2/`), its anchors Akoma Ntoso eIds (`chp_2__art_2`),
 * its names those of its kind ("Article 2", "មាត្រា ២"); the letter keeps its recommendations.
 * Beside it, a circular issued in Khmer in numbered points with no English text at all: its English pages
 * show its Khmer, marked `lang="km"`, under a notice that no English text exists.
 */
const id = 'test-sub-decree-2025';
const letter = 'ocm-265-scn-pb-2025';
const built = fixtureSite('other-kinds', 'a sub-decree');
const { fixture, dist } = built;
const seed = readFileSync(join(fixture, `seeds/${id}.km.txt`), 'utf8');
const khmerArticle2 = 'ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍ ត្រូវរក្សាបញ្ជីសាកល្បងនៃសេវាឌីជីថល។';
const englishArticle2 = 'The Ministry of Post and Telecommunications shall keep the test register of digital services.';
const circular = 'test-circular-2025';
const circularSeed = readFileSync(join(fixture, `seeds/${circular}.km.txt`), 'utf8');
const khmerPoint1 = 'ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍ ត្រូវរៀបចំបញ្ជីគេហទំព័រសាកល្បងរបស់ក្រសួង ស្ថាប័ន។';

const html = (path: string): HTMLElement => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
const text = (element: HTMLElement | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('a sub-decree issued in Khmer, in chapters and articles, beside the real letter', () => {
  it('its page lists its articles under their chapter headings, each at its Akoma Ntoso eId, in both languages', () => {
    expect(seed).toContain(khmerArticle2);
    expect(seed).toContain('ជំពូកទី២ ភារកិច្ច');
    const km = html(`/km/directives/${id}/`);
    expect(text(km.querySelector('#chp_2'))).toBe('ជំពូកទី២៖ ភារកិច្ច');
    expect(text(km.querySelector('#chp_2__art_2'))).toContain(khmerArticle2);
    expect(km.querySelector('#chp_2__art_2 a[href$="/articles/2/"]')?.textContent).toBe('មាត្រា ២');
    const en = html(`/en/directives/${id}/`);
    expect(text(en.querySelector('#chp_1'))).toBe('Chapter 1: General Provisions');
    expect(text(en.querySelector('#chp_2__art_2'))).toContain(englishArticle2);
    // Each article's paragraph and stored sentence have their eIds too.
    expect(en.querySelector('#chp_2__art_2__para_1')).not.toBeNull();
    expect(en.querySelector('#chp_2__art_2__sent_1')).not.toBeNull();
    // Counted and named as articles of a sub-decree, not recommendations of a letter.
    const main = text(en.querySelector('main'));
    expect(main).toContain('3 articles · 1 obligations');
    expect(main).toContain('Who must act, article by article');
    expect(main).not.toMatch(/recommendation/i);
    expect(text(en.querySelector('#letter-heading'))).toBe('The sub-decree');
  });

  it('each article has its page, named for its kind, with its chapter, its own status and its neighbours', () => {
    const en = html(`/en/directives/${id}/articles/2/`);
    expect(text(en.querySelector('h1'))).toBe('Article 2');
    expect(text(en.querySelector('main'))).toContain('Chapter 2: Duties');
    expect(en.querySelector('[data-text-status]')?.getAttribute('data-text-status')).toBe('official');
    expect(en.querySelector('a[rel="prev"]')?.textContent).toContain('Previous: article 1');
    expect(en.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(`/en/directives/${id}/articles/3/`);
    expect(text(en.querySelector('main'))).toContain('See it in the whole sub-decree');
    expect(en.querySelector(`a[href="/en/directives/${id}/#chp_2__art_2"]`)).not.toBeNull();
    const km = html(`/km/directives/${id}/articles/2/`);
    expect(text(km.querySelector('h1'))).toBe('មាត្រា ២');
    expect(km.querySelector('[data-text-status]')?.getAttribute('data-text-status')).toBe('original');
    expect(text(km.querySelector('main'))).toContain(khmerArticle2);
    // The citation names the article as the kind does.
    expect(text(en.querySelector('main'))).toContain('Royal Government of Cambodia, Sub-decree No. 20 TEST, 20 April 2025, article 2. Official English translation');
    // No page of the sub-decree is a recommendation page.
    expect(existsSync(join(dist, `en/directives/${id}/recommendations`))).toBe(false);
  });

  it('its obligation is on its article, and the ministry’s pages list it beside the letter’s', () => {
    const card = html(`/en/directives/${id}/articles/2/`).querySelector(`[data-obligation="${id}/r02-o1"]`);
    expect(text(card)).toContain('MPTC shall keep the test register of digital services');
    expect(text(card)).toContain('In the sub-decree: article 2');
    expect(text(card)).toContain('The sub-decree’s word');
    const body = html('/en/bodies/mptc/');
    const rows = body.querySelectorAll('tr[data-obligation]').map((row) => row.getAttribute('data-obligation'));
    expect(rows).toContain(`${id}/r02-o1`);
    expect(rows.some((row) => row?.startsWith(`${letter}/`))).toBe(true);
    // With two documents on the page, each provision is named with its document.
    const counts = body.querySelectorAll('[data-rec-count]').map((item) => text(item));
    expect(counts).toContain('Sub-decree No. 20 TEST · Article 2: 1');
    expect(counts.some((count) => count.startsWith('Letter No. 265 SCN.PB · Recommendation 1: '))).toBe(true);
    // The page speaks of the directives it draws on, not of "the letter"; each appearance names its own kind.
    expect(text(body.querySelector('main'))).toContain('Each obligation in full, with the words of the directives');
    const issuer = text(html('/en/bodies/royal-government/').querySelector('#appearances')?.parentNode);
    expect(issuer).toContain('Sub-decree No. 20 TEST: Issued the sub-decree');
    expect(issuer).toContain('Circular No. 7 TEST: Issued the circular');
    const full = html('/km/bodies/mptc/obligations/');
    expect(text(full)).toContain('អនុក្រឹត្យលេខ 20 TEST · មាត្រា ២');
  });

  it('says that it amends the earlier sub-decree, from which article, and the stub says it is amended', () => {
    const relations = html(`/en/directives/${id}/`).querySelector('#relations')?.parentNode;
    expect(text(relations)).toContain('Amends Sub-decree No. 5 TEST (by Chapter 2, Article 3), 20 April 2025');
    const stub = html('/km/references/test-earlier-sub-decree-2023/').querySelector('#relations')?.parentNode;
    expect(stub?.querySelector(`a[href="/km/directives/${id}/"]`)).not.toBeNull();
  });

  it('the open data and Akoma Ntoso carry its articles in their chapters', () => {
    const file = JSON.parse(readFileSync(join(dist, `data/directives/${id}.json`), 'utf8')) as { directive: { kind: string; recommendations: { number: number; url: { en: string } }[] } };
    expect(file.directive.kind).toBe('sub-decree');
    expect(file.directive.recommendations.map((item) => item.url.en)).toEqual([1, 2, 3].map((n) => `http://localhost:4321/en/directives/${id}/articles/${n}/`));
    const akn = readFileSync(join(dist, `data/akn/${id}.xml`), 'utf8');
    expect(akn).toContain('<doc name="sub-decree">');
    expect(akn).toMatch(/<chapter eId="chp_2">\s*<num>2<\/num>\s*<heading>Duties<\/heading>\s*<article eId="chp_2__art_2">/);
    expect(akn).toContain('<p eId="chp_2__art_2__para_1">The Ministry of Post and Telecommunications shall keep the test register of digital services.</p>');
  });

  it('leaves the real letter’s recommendation pages and anchors as they were', () => {
    const letterPage = html(`/en/directives/${letter}/`);
    expect(letterPage.querySelector('#rec-8')).not.toBeNull();
    expect(letterPage.querySelector('#chp_1')).toBeNull();
    expect(text(letterPage.querySelector('#letter-heading'))).toBe('The letter');
    expect(text(html(`/en/directives/${letter}/recommendations/8/`).querySelector('h1'))).toBe('Recommendation 8');
  });
});

describe('a circular issued in Khmer, in numbered points, with no English text', () => {
  const khmerIn = (element: HTMLElement | null | undefined) => text(element?.closest('[lang]'));
  it('its English page says that no English text exists and shows the Khmer marked as Khmer, never as English', () => {
    expect(circularSeed).toContain(`១. ${khmerPoint1}`);
    const en = html(`/en/directives/${circular}/`);
    expect(en.querySelector('html')?.getAttribute('lang')).toBe('en');
    const notice = en.querySelector('[data-text-status]');
    expect(notice?.getAttribute('data-text-status')).toBe('none');
    expect(text(notice)).toContain('No English text. Directive Atlas knows of no English text of this document, and has not translated it. The text below is its own text, in Khmer.');
    expect(notice?.querySelector(`a[href="/km/directives/${circular}/"]`)?.getAttribute('hreflang')).toBe('km');
    // What is known, in English: its kind, number, issuer and date.
    expect(text(en.querySelector('h1'))).toBe('Royal Government of Cambodia, Circular No. 7 TEST');
    expect(text(en.querySelector('.letter__meta'))).toContain('5 May 2025');
    // Its words, in Khmer, each block inside an element that says so.
    const point = en.querySelector('#point_1');
    expect(text(point)).toContain(khmerPoint1);
    const khmerBlock = point?.querySelectorAll('[lang]').find((element) => text(element).includes(khmerPoint1));
    expect(khmerBlock?.getAttribute('lang')).toBe('km');
    expect(en.querySelector('.lede')?.getAttribute('lang')).toBe('km');
    expect(khmerIn(en.querySelector('#intro-s1'))).toContain('រាជរដ្ឋាភិបាលណែនាំដូចតទៅ');
    // The Khmer page shows the same text as issued, unmarked (it is the page's language).
    const km = html(`/km/directives/${circular}/`);
    expect(km.querySelector('[data-text-status]')?.getAttribute('data-text-status')).toBe('original');
    expect(text(km.querySelector('#point_1'))).toContain(khmerPoint1);
    expect(km.querySelectorAll('main [lang="km"]').length).toBe(0);
  });

  it('is the newest directive: the home pages and the feed name it by its kind, with its Khmer subject marked, and no translation notice', () => {
    const kmHome = html('/km/');
    expect(text(kmHome.querySelector('main'))).toContain('សារាចរស្តីពីការរៀបចំគេហទំព័រសាកល្បង');
    expect(kmHome.querySelector('main [data-translation-notice]')).toBeNull();
    const enHome = html('/en/');
    const subject = enHome.querySelectorAll('main p').find((element) => text(element) === 'សារាចរស្តីពីការរៀបចំគេហទំព័រសាកល្បង');
    expect(subject?.getAttribute('lang')).toBe('km');
    const feed = readFileSync(join(dist, 'feed.xml'), 'utf8');
    expect(feed).toContain('<title>Royal Government of Cambodia, Circular No. 7 TEST</title>');
    expect(feed).toContain('<summary xml:lang="km">សារាចរស្តីពីការរៀបចំគេហទំព័រសាកល្បង</summary>');
    expect(feed).toContain('<title>Office of the Council of Ministers, Letter No. 265 SCN.PB</title>');
  });

  it('has a page per point in both languages, and no side-by-side reader, for it has one text', () => {
    const en = html(`/en/directives/${circular}/points/1/`);
    expect(text(en.querySelector('h1'))).toBe('Point 1');
    expect(en.querySelector('[data-text-status]')?.getAttribute('data-text-status')).toBe('none');
    expect(en.querySelector('.letter.prose')?.getAttribute('lang')).toBe('km');
    expect(text(en.querySelector('.letter.prose'))).toBe(khmerPoint1);
    expect(en.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(`/en/directives/${circular}/points/2/`);
    expect(text(html(`/km/directives/${circular}/points/2/`).querySelector('h1'))).toBe('ចំណុចទី២');
    for (const lang of ['en', 'km']) {
      expect(existsSync(join(dist, `${lang}/directives/${circular}/side-by-side/index.html`))).toBe(false);
      expect(html(`/${lang}/directives/${circular}/`).querySelector('a[href*="side-by-side"]')).toBeNull();
      expect(html(`/${lang}/directives/${circular}/points/1/`).querySelector('a[href*="side-by-side"]')).toBeNull();
    }
    // The letter keeps its reader.
    expect(existsSync(join(dist, `en/directives/${letter}/side-by-side/index.html`))).toBe(true);
  });

  it('cites its Khmer words, and says so, in English', () => {
    const en = html(`/en/directives/${circular}/`);
    expect(en.querySelector('meta[name="citation_language"]')?.getAttribute('content')).toBe('km');
    expect(text(en.querySelector('.cite__text'))).toContain('No English text; the words cited are its own text, in Khmer');
    const jsonLd = JSON.parse(en.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as { inLanguage?: string };
    expect(jsonLd.inLanguage).toBe('km');
  });

  it('its obligation quotes the Khmer words, with an English summary marked ours, on its point and on the ministry’s pages', () => {
    const quote = khmerPoint1.replace(/។$/, '');
    const en = html(`/en/directives/${circular}/points/1/`).querySelector(`[data-obligation="${circular}/r01-o1"]`);
    expect(text(en?.querySelector('h3'))).toContain('MPTC shall prepare the list of test websites');
    expect(text(en?.querySelector('[data-summary-ours]'))).toBe('Our summary: the circular has no English text.');
    const enQuote = en?.querySelector('details blockquote');
    expect(enQuote?.getAttribute('lang')).toBe('km');
    expect(text(enQuote)).toBe(quote);
    expect(text(en?.querySelector('details summary'))).toBe('The words of the circular as issued, in Khmer');
    // On the Khmer page the quote is in its own language: in the open.
    const km = html(`/km/directives/${circular}/points/1/`).querySelector(`[data-obligation="${circular}/r01-o1"]`);
    expect(km?.querySelector('details blockquote')).toBeNull();
    expect(text(km?.querySelector('blockquote'))).toBe(quote);
    expect(km?.querySelector('[data-summary-ours]')).toBeNull();
    const rows = html('/en/bodies/mptc/')
      .querySelectorAll('tr[data-obligation]')
      .map((row) => row.getAttribute('data-obligation'));
    expect(rows).toEqual(expect.arrayContaining([`${circular}/r01-o1`, `${id}/r02-o1`]));
    expect(rows.some((row) => row?.startsWith(`${letter}/`))).toBe(true);
  });

  it('the open data carries its Khmer text and no English, and Akoma Ntoso its Khmer expression in points', () => {
    const file = JSON.parse(readFileSync(join(dist, `data/directives/${circular}.json`), 'utf8')) as {
      directive: { kind: string; recommendations: { number: number; text: { en?: string; km: string; kmStatus: string } }[]; obligations: { quote: string; quoteLang: string }[] };
    };
    expect(file.directive.kind).toBe('circular');
    expect(file.directive.recommendations[0]?.text).toEqual({ km: khmerPoint1, kmStatus: 'original' });
    expect(file.directive.obligations[0]?.quoteLang).toBe('km');
    const letterFile = JSON.parse(readFileSync(join(dist, `data/directives/${letter}.json`), 'utf8')) as { directive: { obligations: { quoteLang: string }[] } };
    expect(new Set(letterFile.directive.obligations.map((obligation) => obligation.quoteLang))).toEqual(new Set(['en']));
    const akn = readFileSync(join(dist, `data/akn/${circular}.xml`), 'utf8');
    expect(akn).toContain('<doc name="circular">');
    expect(akn).toContain('<FRBRlanguage language="khm"/>');
    expect(akn).toMatch(new RegExp(`<point eId="point_1">\\s*<num>1\\.</num>\\s*<content>\\s*<p eId="point_1__para_1">${khmerPoint1}</p>`));
  });
});

describe('in Chromium, in both languages', () => {
  it('opens an article at its eId and shows its text with its status', async () => {
    const browserPage = built.page();
    await browserPage.goto(built.url(`/km/directives/${id}/#chp_2__art_2`));
    expect(await browserPage.locator('#chp_2__art_2').isVisible()).toBe(true);
    expect(await browserPage.locator('#chp_2__art_2').innerText()).toContain(khmerArticle2);
    expect(await browserPage.locator('[data-text-status="original"]').isVisible()).toBe(true);
    await browserPage.goto(built.url(`/en/directives/${id}/articles/2/#chp_2__art_2__sent_1`));
    expect(await browserPage.locator('#chp_2__art_2__sent_1').innerText()).toBe(englishArticle2);
    expect(await browserPage.locator('[data-text-status="official"]').isVisible()).toBe(true);
    await browserPage.getByRole('link', { name: 'Next: article 3' }).click();
    await browserPage.waitForURL(`**/en/directives/${id}/articles/3/`);
    expect(await browserPage.locator('h1').innerText()).toBe('Article 3');
  });

  it('opens the circular’s English page at a point, shows its Khmer under the notice, and leads to the Khmer pages', async () => {
    const browserPage = built.page();
    await browserPage.goto(built.url(`/en/directives/${circular}/#point_1`));
    expect(await browserPage.locator('#point_1').isVisible()).toBe(true);
    const khmer = browserPage.locator('#point_1 [lang="km"]').first();
    expect(await khmer.innerText()).toContain(khmerPoint1);
    // Drawn in the site's Khmer font, not in boxes: the page fetches it for its Khmer text.
    const khmerFaces = (await browserPage.evaluate(
      `document.fonts.ready.then(() => [...document.fonts].filter((face) => face.family.replace(/"/g, '') === 'Atlas Khmer' && face.status === 'loaded').length)`,
    )) as number;
    expect(khmerFaces).toBe(1);
    const notice = browserPage.locator('[data-text-status="none"]');
    expect(await notice.isVisible()).toBe(true);
    await notice.getByRole('link', { name: 'Read it on the Khmer pages' }).click();
    await browserPage.waitForURL(`**/km/directives/${circular}/`);
    expect(await browserPage.locator('[data-text-status="original"]').isVisible()).toBe(true);
    await browserPage.goto(built.url(`/km/directives/${circular}/points/1/#point_1__sent_1`));
    expect(await browserPage.locator('#point_1__sent_1').innerText()).toBe(khmerPoint1);
  });

  it('search finds the circular by a Khmer word inside its running text', async () => {
    const browserPage = built.page();
    await browserPage.goto(built.url(`/km/search/`));
    const [hits] = await searchMany(browserPage, ['គេហទំព័រ'], { exactDiacritics: true, dist });
    expect(hits!.some((hit) => hit.url.includes(`/km/directives/${circular}/`))).toBe(true);
  });

  it('search finds the sub-decree by a Khmer word inside its running text', async () => {
    const browserPage = built.page();
    await browserPage.goto(built.url(`/km/search/`));
    // As the Khmer search page asks: the query segmented with this build's vocabulary, exact diacritics.
    const [hits] = await searchMany(browserPage, ['សេវាឌីជីថល'], { exactDiacritics: true, dist });
    const urls = hits!.map((hit) => hit.url);
    expect(urls.some((url) => url.includes(`/km/directives/${id}/`))).toBe(true);
  });
});

it('publishes nothing of the fixture in the real build', () => {
  expect(existsSync(join(projectRoot, `dist/en/directives/${id}/index.html`))).toBe(false);
  expect(existsSync(join(projectRoot, `dist/en/directives/${circular}/index.html`))).toBe(false);
});

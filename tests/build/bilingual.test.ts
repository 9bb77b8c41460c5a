import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.ts';
import km from '../../src/i18n/km.ts';
import { translatePath } from '../../src/i18n/locales.ts';
import { builtPages, distDir, page } from '../helpers/dist.ts';

const pages = builtPages();
const english = pages.filter((path) => path.startsWith('/en/'));
const khmer = pages.filter((path) => path.startsWith('/km/'));

/** What a Khmer reader reads: the page text without scripts, styles and the parts marked as English. */
function readerText(root: HTMLElement): string {
  const copy = parse(root.toString());
  for (const element of copy.querySelectorAll('script, style, [lang^="en"]')) element.remove();
  const body = copy.querySelector('body');
  // URLs (permalinks in Cite boxes) are addresses, not interface text.
  return `${copy.querySelector('title')?.textContent ?? ''} ${body?.textContent ?? ''}`.replace(/https?:\/\/\S+/g, ' ').replace(/\s+/g, ' ');
}

/** Format names stay in Latin script in a translated Khmer string (e.g. "ឯកសារ Akoma Ntoso XML"). */
function keptInKhmer(fragment: string, khmerValue: string): boolean {
  return ['BibTeX', 'CSL-JSON'].includes(fragment) || (/[\u1780-\u17ff]/.test(khmerValue) && khmerValue.includes(fragment));
}

/** Fragments of the English interface strings that would betray an untranslated string. */
const englishFragments = Object.entries(en).flatMap(([key, value]) =>
  value
    .split(/\{\w+\}/)
    .map((fragment) => fragment.trim().replace(/^[^A-Za-z]+|[^A-Za-z.]+$/g, ''))
    .filter((fragment) => fragment.length >= 6 && /[a-z]{3}/.test(fragment) && !keptInKhmer(fragment, km[key as keyof typeof km])),
);

describe('a truly bilingual site', () => {
  it('every English page has its Khmer twin at the same path, and the reverse', () => {
    expect(khmer.map((path) => translatePath(path, 'en'))).toEqual(english);
    expect(english.length).toBeGreaterThan(80);
  });

  it('no English interface string appears on a Khmer page', () => {
    expect(englishFragments.length).toBeGreaterThan(150);
    const leaks: string[] = [];
    for (const path of khmer) {
      const text = readerText(page(path));
      for (const fragment of englishFragments) if (text.includes(fragment)) leaks.push(`${path}: "${fragment}"`);
    }
    expect(leaks).toEqual([]);
  });

  it('the 404 pages speak only their own language: no English word of the interface on the Khmer one, no Khmer on the English one', () => {
    // Only the header's language switch names the other language (in that language, as on every page).
    const text = (file: string) => {
      const copy = parse(readFileSync(join(distDir, file), 'utf8'));
      for (const element of copy.querySelectorAll('script, style, a.lang-switch')) element.remove();
      return `${copy.querySelector('title')?.textContent ?? ''} ${copy.querySelector('body')?.textContent ?? ''}`.replace(/https?:\/\/\S+/g, ' ');
    };
    // Every English word of the interface, short ones too ("Home"), but not the names Khmer strings keep in Latin script.
    const keptInLatin = new Set(Object.values(km).flatMap((value) => value.match(/[A-Za-z][A-Za-z-]*/g) ?? []));
    const englishWords = new Set(Object.values(en).flatMap((value) => (value.replace(/\{\w+\}/g, ' ').match(/[A-Za-z]{3,}/g) ?? []).filter((word) => !keptInLatin.has(word))));
    expect(englishWords.has('Home')).toBe(true);
    const khmerNotFound = text('km/404.html');
    expect(khmerNotFound).toContain(km['notfound.text']);
    expect([...(khmerNotFound.match(/[A-Za-z][A-Za-z-]*/g) ?? [])].filter((word) => englishWords.has(word))).toEqual([]);
    const englishNotFound = text('404.html');
    expect(englishNotFound).toContain(en['notfound.text']);
    expect(englishNotFound.match(/[\u1780-\u17ff]+/g) ?? []).toEqual([]);
  });

  it('every Khmer page that shows directive text says it is an unofficial translation, linking to the English', () => {
    const withDirectiveText = khmer.filter((path) => /\/directives\/[^/]+\/(recommendations\/\d+\/)?$/.test(path));
    expect(withDirectiveText.length).toBe(12);
    for (const path of withDirectiveText) {
      const notice = page(path).querySelector('[data-translation-notice]');
      expect(notice, path).not.toBeNull();
      expect(notice?.textContent).toContain(km['notice.unofficial']);
      expect(notice?.querySelector('a')?.getAttribute('href')).toBe(translatePath(path, 'en'));
    }
    // Pages listing obligations show our Khmer summaries of them: they carry the notice too.
    const withObligations = khmer.filter((path) => page(path).querySelector('li.obligation'));
    expect(withObligations.length).toBeGreaterThan(30);
    for (const path of withObligations) expect(page(path).querySelector('[data-translation-notice]'), path).not.toBeNull();
    for (const path of english.filter((candidate) => candidate.includes('/directives/'))) {
      expect(page(path).querySelector('[data-translation-notice]'), path).toBeNull();
    }
  });

  it('Khmer recommendation pages show the Khmer text, with Khmer numerals', () => {
    const root = page('/km/directives/ocm-265-scn-pb-2025/recommendations/9/');
    const text = root.querySelector('#rec-9-p1')?.textContent ?? '';
    expect(text).toMatch(/[\u1780-\u17ff]/);
    expect(text).toContain('DG SuperApp');
    expect(text).toContain('២០២៥');
    expect(root.querySelector('h1')?.textContent).toContain('៩');
    const matrixHeads = page('/km/directives/ocm-265-scn-pb-2025/')
      .querySelectorAll('table.matrix thead th a')
      .map((cell) => cell.textContent.trim());
    expect(matrixHeads).toEqual(['១', '២', '៣', '៤', '៥', '៦', '៧', '៨', '៩', '១០', '១១']);
  });

  it('sets lang, hreflang alternates, og:locale and a switcher to the twin page on every page', () => {
    for (const path of pages.filter((candidate) => candidate !== '/')) {
      const root = page(path);
      const lang = path.startsWith('/km/') ? 'km' : 'en';
      const other = lang === 'km' ? 'en' : 'km';
      expect(root.querySelector('html')?.getAttribute('lang'), path).toBe(lang);
      const alternates = root.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href') ?? '').pathname]);
      expect(alternates, path).toEqual([
        ['en', translatePath(path, 'en')],
        ['km', translatePath(path, 'km')],
        ['x-default', '/'],
      ]);
      expect(root.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe(lang === 'km' ? 'km_KH' : 'en_GB');
      expect(root.querySelector('a.lang-switch')?.getAttribute('href'), path).toBe(translatePath(path, other));
    }
  });

  it('the landing page shows both languages and links to both, without redirecting', () => {
    const root = page('/');
    expect(root.querySelector('meta[http-equiv="refresh"]')).toBeNull();
    expect(root.querySelectorAll('a.landing__enter').map((link) => link.getAttribute('href'))).toEqual(['/en/', '/km/']);
    expect(root.querySelector('section[lang="km"]')?.textContent).toContain(km['site.name']);
  });
});

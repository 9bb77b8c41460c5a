import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { langs, localeOf } from '../../src/i18n/locales.ts';
import { byId } from '../../src/lib/atlas.ts';
import { pick } from '../../src/lib/localize.ts';
import { plainText } from '../../src/lib/plain-text.ts';
import { anchors, routes } from '../../src/lib/routes.ts';
import { contentSecurityPolicy } from '../../src/lib/security-headers.ts';
import { loadAtlas } from '../helpers/atlas.ts';
import { builtFile, builtPages, distDir, page } from '../helpers/dist.ts';

const directive = 'ocm-265-scn-pb-2025';
const atlas = loadAtlas();
const stored = atlas.sentences.find((entry) => entry.id === directive)?.data.recommendations ?? [];
const letterParts = {
  intro: atlas.sentences.find((entry) => entry.id === directive)?.data.intro ?? [],
  closing: atlas.sentences.find((entry) => entry.id === directive)?.data.closing ?? [],
};

describe('sentence anchors', () => {
  it('every stored sentence has its anchor on its recommendation page, in both languages, with its text', () => {
    let count = 0;
    for (const lang of langs) {
      for (const rec of stored) {
        const html = page(routes.recommendation(lang, directive, rec.number));
        for (const sentence of rec.sentences) {
          const span = html.querySelector(`#${anchors.recommendationSentence(rec.number, sentence.id)}`);
          expect(span?.textContent.trim(), `${lang} rec ${rec.number} ${sentence.id}`).toBe(plainText(sentence[lang] ?? ''));
          count++;
        }
      }
    }
    expect(count).toBe(2 * stored.reduce((sum, rec) => sum + rec.sentences.length, 0));
    expect(count).toBeGreaterThan(60);
  });
  it("the introduction's and the closing's sentences have their anchors in the letter, in both languages, with their text", () => {
    for (const lang of langs) {
      const html = page(routes.directive(lang, directive));
      for (const part of ['intro', 'closing'] as const) {
        expect(letterParts[part].length).toBeGreaterThan(0);
        for (const sentence of letterParts[part]) {
          const span = html.querySelector(`#${part} #${anchors.letterSentence(part, sentence.id)}`);
          expect(span?.textContent.trim(), `${lang} ${part} ${sentence.id}`).toBe(plainText(sentence[lang] ?? ''));
        }
      }
    }
  });
});

describe('side-by-side reader', () => {
  it.each(langs)('%s: each column says what it is in the page’s language, marked as that language (so it is set in its font)', (lang) => {
    const labels = page(routes.sideBySide(lang, directive)).querySelectorAll('.pair__status');
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label.getAttribute('lang'), label.text).toBe(localeOf(lang).tag);
  });

  for (const lang of langs) {
    it(`${lang}: aligns every stored sentence pair of the letter, in order, each text marked with its language and status`, () => {
      const html = page(routes.sideBySide(lang, directive));
      const pairs = html.querySelectorAll('.pair');
      const letterPairs = (part: 'intro' | 'closing') =>
        letterParts[part].map((sentence) => ({
          id: anchors.letterSentence(part, sentence.id),
          en: plainText(sentence.en ?? ''),
          km: plainText(sentence.km),
          permalink: `${routes.directive(lang, directive)}#${anchors.letterSentence(part, sentence.id)}`,
        }));
      const expected = [
        ...letterPairs('intro'),
        ...stored.flatMap((rec) =>
          rec.sentences.map((sentence) => ({
            id: anchors.recommendationSentence(rec.number, sentence.id),
            en: plainText(sentence.en ?? ''),
            km: plainText(sentence.km),
            permalink: `${routes.recommendation(lang, directive, rec.number)}#${anchors.recommendationSentence(rec.number, sentence.id)}`,
          })),
        ),
        ...letterPairs('closing'),
      ];
      expect(pairs.map((pair) => pair.id)).toEqual(expected.map((pair) => pair.id));
      pairs.forEach((pair, index) => {
        const [source, translation] = pair.querySelectorAll('.pair__text');
        expect(source?.getAttribute('lang')).toBe(localeOf('en').tag);
        expect(source?.getAttribute('data-status')).toBe('source');
        expect(source?.querySelectorAll('p')[1]?.textContent).toBe(expected[index]?.en);
        expect(translation?.getAttribute('lang')).toBe(localeOf('km').tag);
        expect(translation?.getAttribute('data-status')).toBe('unofficial');
        expect(translation?.querySelectorAll('p')[1]?.textContent).toBe(expected[index]?.km);
        expect(pair.querySelector('.pair__link a')?.getAttribute('href')).toBe(`#${pair.id}`);
        // Each pair can be cited: its permalink is the sentence where it reads (recommendation or directive page).
        expect(pair.querySelector('.cite .cite__text:not([id$="-plain"])')?.textContent.trim().endsWith(expected[index]!.permalink)).toBe(true);
      });
    });
  }
  it('is linked from every recommendation page, at the same recommendation', () => {
    for (const lang of langs) {
      for (const rec of stored) {
        const link = page(routes.recommendation(lang, directive, rec.number)).querySelector(`a[href^="${routes.sideBySide(lang, directive)}"]`);
        expect(link?.getAttribute('href')).toBe(`${routes.sideBySide(lang, directive)}#${anchors.recommendation(rec.number)}`);
      }
    }
  });
});

/**
 * The `citation_*` tags read back as Zotero's generic "Embedded Metadata" translator reads them: each
 * Highwire name matched by the end of the meta name (several values joined by ", "), the item type from
 * which tags are present, and `citation_author` split into a name.
 */
interface ZoteroItem {
  itemType: string;
  title?: string;
  date?: string;
  institution?: string;
  number?: string;
  publisher?: string;
  url?: string;
  language?: string;
  creators: string[];
  pdf?: string;
}

function zoteroItem(path: string): ZoteroItem {
  const metas = page(path).querySelectorAll('head meta[name]');
  const text = (name: string) => {
    const values = metas.filter((meta) => (meta.getAttribute('name') ?? '').endsWith(name)).map((meta) => meta.getAttribute('content') ?? '');
    return values.length ? values.join(', ') : undefined;
  };
  const mappings: Record<string, string> = {
    citation_title: 'title',
    citation_publication_date: 'date',
    citation_date: 'date',
    citation_technical_report_institution: 'institution',
    citation_technical_report_number: 'number',
    citation_publisher: 'publisher',
    citation_public_url: 'url',
    citation_language: 'language',
  };
  const item: Record<string, string> = {};
  for (const [name, field] of Object.entries(mappings)) {
    const value = text(name);
    if (value?.trim()) item[field] = value.trim().replace(/\s+/g, ' ');
  }
  const names = metas.filter((meta) => meta.getAttribute('name') === 'citation_author').map((meta) => meta.getAttribute('content') ?? '');
  const itemType = text('citation_technical_report_institution') ? 'report' : text('citation_journal_title') ? 'journalArticle' : text('citation_title') ? 'journalArticle' : 'webpage';
  const pdf = text('citation_pdf_url');
  return { itemType, ...item, ...(item.date ? { date: item.date.replace(/\//g, '-') } : {}), creators: names.flatMap((name) => name.split(/\s*;\s*/)), ...(pdf ? { pdf } : {}) };
}

describe('citation metadata for reference managers', () => {
  const canonical = (path: string) => page(path).querySelector('link[rel="canonical"]')?.getAttribute('href');
  const directiveData = byId(atlas.directives, directive).data;
  for (const lang of langs) {
    it(`${lang}: directive and recommendation pages read back as a report of the issuing body`, () => {
      const issuer = pick(byId(atlas.bodies, directiveData.issuer.id).data.name, lang);
      for (const path of [routes.directive(lang, directive), routes.recommendation(lang, directive, 8)]) {
        const item = zoteroItem(path);
        expect(item.itemType).toBe('report');
        expect(item.title).toContain(directiveData.number);
        expect(item.title).toContain(plainText(pick(directiveData.subject, lang)));
        expect(item.date).toBe(directiveData.date);
        expect(item.creators).toEqual([issuer]);
        expect(item.institution).toBe(issuer);
        expect(item.number).toBe(directiveData.number);
        expect(item.language).toBe(localeOf(lang).tag);
        expect(item.url).toBe(canonical(path));
        expect(item.pdf).toBeUndefined(); // no PDF of the letter exists
      }
      // The provision as a reader names it, written out here rather than derived from the strings under test.
      const recommendation8 = { en: '(recommendation 8)', km: '(អនុសាសន៍ទី៨)' }[lang];
      expect(zoteroItem(routes.recommendation(lang, directive, 8)).title).toContain(recommendation8);
      expect(zoteroItem(routes.directive(lang, directive)).title).not.toContain('(');
    });
    it(`${lang}: reference pages read back with their own number, date and issuer`, () => {
      for (const reference of atlas.references) {
        const item = zoteroItem(routes.reference(lang, reference.id));
        expect(item.date).toBe(reference.data.date);
        expect(item.creators).toEqual([pick(byId(atlas.bodies, reference.data.issuer.id).data.name, lang)]);
        expect(item.number).toBe(reference.data.number);
        expect(item.title).toContain(pick(reference.data.title, lang));
        expect(item.url).toBe(canonical(routes.reference(lang, reference.id)));
      }
    });
  }
});

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('share cards and share links', () => {
  const cardPages = builtPages().filter((path) => /^\/(en|km)\/(directives\/[^/]+(\/recommendations\/\d+)?|bodies\/[^/]+|references\/[^/]+)\/$/.test(path));
  it('every directive, recommendation, body and reference page, in both languages, has its own card: a 1200×630 PNG of a few tens of KB', () => {
    expect(cardPages.length).toBe(2 * (atlas.directives.length + atlas.recommendations.length / 2 + atlas.bodies.length + atlas.references.length));
    const sizes: number[] = [];
    for (const path of cardPages) {
      const head = page(path);
      const image = head.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
      const origin = new URL(head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '').origin;
      expect(image.startsWith(`${origin}/og/`), path).toBe(true);
      // X falls back to og:image (and og:title, og:description): no twitter:* copies of them.
      expect(head.querySelector('meta[name="twitter:image"]')).toBeNull();
      expect(head.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
      const bytes = readFileSync(join(distDir, new URL(image).pathname));
      expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
      sizes.push(bytes.length);
    }
    expect(new Set(cardPages.map((path) => page(path).querySelector('meta[property="og:image"]')?.getAttribute('content'))).size).toBe(cardPages.length);
    expect(Math.max(...sizes)).toBeLessThan(120 * 1024);
  });
  it('titles and descriptions fit what link previews show, and the Telegram link shares the page', () => {
    for (const path of cardPages) {
      const head = page(path);
      expect([...(head.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '')].length).toBeLessThanOrEqual(80);
      expect([...(head.querySelector('meta[property="og:description"]')?.getAttribute('content') ?? '')].length).toBeLessThanOrEqual(200);
      const telegram = new URL(head.querySelector('a[href^="https://t.me/share/url"]')?.getAttribute('href') ?? 'about:blank');
      expect(telegram.searchParams.get('url')).toBe(head.querySelector('link[rel="canonical"]')?.getAttribute('href'));
      expect([...(telegram.searchParams.get('text') ?? '')].length).toBeLessThanOrEqual(90);
    }
  });
});

describe('offline files', () => {
  it('the service worker keeps the newest directive in both languages and the search files per language; the CSP allows only our own worker', () => {
    const worker = builtFile('sw.js');
    const plan = JSON.parse(/^const PLAN = (.*);$/m.exec(worker)?.[1] ?? '{}') as { version: string; core: string[]; search: Record<string, string[]> };
    expect(plan.version).toMatch(/^[0-9a-f]{12}$/);
    for (const lang of langs) {
      expect(plan.core).toContain(routes.directive(lang, directive));
      for (const rec of stored) expect(plan.core).toContain(routes.recommendation(lang, directive, rec.number));
      expect(plan.search[lang]).toContain(routes.search(lang));
      expect(plan.search[lang]?.some((path) => new RegExp(`^/pagefind/index/${lang}_`).test(path))).toBe(true);
      expect(plan.search[lang]?.some((path) => new RegExp(`^/pagefind/index/${langs.find((other) => other !== lang)}_`).test(path))).toBe(false);
    }
    const pages = new Set(builtPages());
    // A URL may carry a query (Pagefind's cache tag on its entry file): the file is the path before it.
    for (const path of [...plan.core, ...Object.values(plan.search).flat()]) expect(pages.has(path) || builtFile((path.split('?')[0] ?? path).slice(1)) !== undefined, path).toBe(true);
    expect(contentSecurityPolicy).toContain("worker-src 'self'");
    expect(JSON.parse(builtFile('manifest.webmanifest')).icons.some((icon: { sizes: string }) => icon.sizes === '512x512')).toBe(true);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeOf } from '../../src/i18n/locales.ts';
import { KHMER_FONT_PATH, KHMER_FONT_SOURCE, KHMER_LABEL_FONT_PATH, khmerCharacters, subsetKhmerFont, subsetKhmerLabelFont, unicodeRange } from '../../src/lib/khmer-font.ts';
import { loadAtlas } from '../helpers/atlas.ts';
import { builtPages, distDir, page } from '../helpers/dist.ts';

const recommendation = (lang: string) => `/${lang}/directives/ocm-265-scn-pb-2025/recommendations/4/`;
const pages = builtPages();
const css = readdirSync(join(distDir, '_astro'))
  .filter((file) => file.endsWith('.css'))
  .map((file) => readFileSync(join(distDir, '_astro', file), 'utf8'))
  .join('\n');

describe('Khmer reading first', () => {
  it('on Khmer pages the Khmer summary leads each obligation, the English words of the letter one tap away', () => {
    const items = page(recommendation('km')).querySelectorAll('li.obligation');
    expect(items.length).toBeGreaterThan(3);
    for (const item of items) {
      expect(item.firstElementChild?.tagName).toBe('H3');
      expect(item.firstElementChild?.getAttribute('lang')).toBeUndefined();
      expect(item.querySelector('.quote-label')).toBeNull();
      const quote = item.querySelector('details.obligation__quote > blockquote');
      expect(quote?.getAttribute('lang')).toBe('en');
      expect(item.querySelector('details > summary')?.textContent).toMatch(/[\u1780-\u17ff]/);
      // Details come after the Khmer facts (who, deadline, themes).
      expect(
        item.childNodes
          .filter((node) => 'tagName' in node)
          .at(-1)
          ?.toString(),
      ).toContain('<details');
    }
  });

  it('on English pages the order is unchanged: the quote of the letter right under the heading, not folded', () => {
    for (const item of page(recommendation('en')).querySelectorAll('li.obligation')) {
      // (An obligation's Cite box is a <details> too: that one is not the quote.)
      expect(item.querySelector('details.obligation__quote')).toBeNull();
      expect(item.querySelector(':scope > blockquote[lang="en"]')).not.toBeNull();
    }
  });

  it('a body acronym in common usage is said to be so', () => {
    const atlas = loadAtlas();
    const common = atlas.bodies.filter((body) => body.data.acronymSource === 'common usage');
    expect(common.map((body) => body.data.acronym)).toEqual(expect.arrayContaining(['MEF', 'MoEYS']));
    for (const body of common) expect(page(`/en/bodies/${body.id}/`).querySelector('dl.facts')?.textContent).toContain(`${body.data.acronym} (common usage)`);
    expect(atlas.bodies.find((body) => body.id === 'mptc')?.data.acronymSource).toBe('letter');
  });
});

describe('Khmer font weight', () => {
  it('Khmer pages preload the one site font; English pages preload none', () => {
    for (const path of pages) {
      const preloads = page(path)
        .querySelectorAll('link[rel="preload"][as="font"]')
        .map((link) => link.getAttribute('href'));
      expect(preloads, path).toEqual(path.startsWith('/km/') ? [KHMER_FONT_PATH] : []);
    }
  });

  it('declares the fonts local() first with a unicode-range, and only Khmer pages use the site font', () => {
    const faces = css.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(faces).toHaveLength(2);
    for (const face of faces) {
      expect(face).toMatch(/src:local\(/);
      expect(face).toMatch(/unicode-range:U\+/);
    }
    expect(faces.find((face) => face.includes(KHMER_FONT_PATH))).toContain('U+1780-17FF');
    // The switch label's font covers exactly the label's characters.
    const label = faces.find((face) => face.includes(KHMER_LABEL_FONT_PATH)) ?? '';
    expect(label.replace(/.*unicode-range:([^;}]*).*/, '$1')).toBe(unicodeRange(khmerCharacters([localeOf('km').label])).replace(/ /g, ''));
    // No rule outside a Khmer page (or the switch label, or the Khmer text of a document with no English
    // text shown on an English page, marked data-foreign-text) names the site font.
    const uses = css.replace(/@font-face\{[^}]*\}/g, '').match(/[^{}]*\{[^}]*Atlas Khmer[^}]*\}/g) ?? [];
    expect(uses.length).toBeGreaterThan(0);
    for (const rule of uses) {
      expect(rule.trim()).toMatch(rule.includes('Atlas Khmer Label') ? /^html:lang\(en\) \.lang-switch:lang\(km\)/ : /^(html:lang\(km\)|\.landing :lang\(km\)|html:lang\(en\) \[data-foreign-text\])/);
    }
    // The letter has an English text: none of its English pages marks a text shown in another language.
    for (const path of builtPages().filter((candidate) => candidate.startsWith('/en/'))) expect(page(path).querySelector('[data-foreign-text]') === null, path).toBe(true);
  });

  it('builds the same font from the same text (deterministic)', async () => {
    const font = readFileSync(createRequire(import.meta.url).resolve(KHMER_FONT_SOURCE));
    const text = khmerCharacters(['ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍ ពិភពលោក']);
    expect((await subsetKhmerFont(font, text)).equals(await subsetKhmerFont(font, text))).toBe(true);
    expect(readFileSync(join(distDir, KHMER_LABEL_FONT_PATH)).equals(await subsetKhmerLabelFont(font, localeOf('km').label))).toBe(true);
  });
});

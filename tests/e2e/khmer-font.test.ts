import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KHMER_FONT_PATH, KHMER_FONT_SOURCE, KHMER_LABEL_FONT_PATH, khmerCharacters } from '../../src/lib/khmer-font.ts';
import { useSitePage } from '../helpers/browser.ts';
import { builtPages, distDir } from '../helpers/dist.ts';

// The subset font must draw every Khmer string of the site exactly as the whole Noto Sans Khmer does:
// both are rendered in Chromium, the same text, and the screenshots compared pixel for pixel.

const { page } = useSitePage();
const fullFont = readFileSync(createRequire(import.meta.url).resolve(KHMER_FONT_SOURCE));
const siteFont = readFileSync(join(distDir, KHMER_FONT_PATH));
const labelFont = readFileSync(join(distDir, KHMER_LABEL_FONT_PATH));

/** Every distinct run of Khmer on the built site (text, attributes and embedded JSON alike). */
function siteKhmerStrings(): string[] {
  const runs = new Set<string>();
  for (const path of builtPages()) {
    const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
    for (const run of html.match(/[\u1780-\u17ff\u19e0-\u19ff]+(?:[ \u200b-\u200d][\u1780-\u17ff\u19e0-\u19ff]+)*/g) ?? []) runs.add(run);
  }
  return [...runs].sort();
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

// As the site declares it (src/styles/khmer-font.css): spaces and Latin come from another font, for both.
const KHMER_UNICODE_RANGE = 'U+1780-17FF, U+19E0-19FF, U+200B-200D, U+25CC';

/** A screenshot of texts set in a font (Khmer only, as on the site), one per line, at a weight. */
async function render(font: Buffer, texts: string[], weight: 400 | 700): Promise<Buffer> {
  const html = `<!doctype html><meta charset="utf-8"><style>
    @font-face { font-family: 'Under Test'; font-weight: 400; src: url(data:font/woff2;base64,${font.toString('base64')}) format('woff2'); unicode-range: ${KHMER_UNICODE_RANGE}; }
    html, body { margin: 0; background: #fff; color: #000; }
    div { font: ${weight} 22px/44px 'Under Test', 'No Such Font'; width: 1200px; padding: 4px; white-space: pre-wrap; }
  </style><div>${texts.map(escape).join('\n')}</div>`;
  await page().setContent(html);
  await page().evaluate(() => document.fonts.ready);
  expect(await page().evaluate(() => document.fonts.check("22px 'Under Test'", 'ក'))).toBe(true);
  return page().locator('div').screenshot();
}

/** The texts that render differently (each checked alone), for a readable failure. */
async function differing(texts: string[], weight: 400 | 700): Promise<string[]> {
  const out: string[] = [];
  for (const text of texts.slice(0, 400)) if (!(await render(fullFont, [text], weight)).equals(await render(siteFont, [text], weight))) out.push(text);
  return out;
}

describe('the subset Khmer font', () => {
  const strings = siteKhmerStrings();

  it('has the characters of the site, as written in its CSS, and is small', () => {
    expect(readFileSync(new URL('../../src/styles/khmer-font.css', import.meta.url), 'utf8')).toContain(`unicode-range: ${KHMER_UNICODE_RANGE};`);
    expect(strings.length).toBeGreaterThan(500);
    expect(siteFont.length).toBeLessThan(20_000);
    expect(labelFont.length).toBeLessThan(3_000);
    expect(khmerCharacters(strings).length).toBeGreaterThan(60);
  });

  it.each([400, 700] as const)('renders every Khmer string of the site exactly as the whole font does, at weight %i', { timeout: 240_000 }, async (weight) => {
    const chunk = 400;
    const failures: string[] = [];
    for (let start = 0; start < strings.length; start += chunk) {
      const texts = strings.slice(start, start + chunk);
      if (!(await render(fullFont, texts, weight)).equals(await render(siteFont, texts, weight))) failures.push(...(await differing(texts, weight)), `(lines ${start}-${start + texts.length})`);
    }
    expect(failures).toEqual([]);
  });

  it('keeps the shaping of split vowels and subscripts (ើ ឿ ៀ ោ ៅ, coeng) in words of the site', async () => {
    const words = ['ច្រើន', 'ឆ្លើយតប', 'ពន្លឿន', 'ត្រៀម', 'ពិភពលោក', 'គោលដៅ', 'ឆ្ពោះទៅ', 'ប្រៃសណីយ៍', 'សន្តិសុខសាយប័រ', 'ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍'];
    for (const word of words)
      expect(
        strings.some((text) => text.includes(word)),
        word,
      ).toBe(true);
    expect((await render(siteFont, words, 400)).equals(await render(fullFont, words, 400))).toBe(true);
  });

  it('is a real subset: a letter the site never writes is drawn differently (the comparison can fail)', async () => {
    const unused = ['ឝ', 'ឞ', '៚'].filter((char) => !khmerCharacters(strings).includes(char));
    expect(unused.length).toBeGreaterThan(0);
    expect((await render(siteFont, unused, 400)).equals(await render(fullFont, unused, 400))).toBe(false);
  });

  it('the language switch label font draws "ខ្មែរ" as the whole font does', async () => {
    expect((await render(labelFont, ['ខ្មែរ'], 400)).equals(await render(fullFont, ['ខ្មែរ'], 400))).toBe(true);
  });
});

import subsetFont from 'subset-font';

/**
 * The Khmer font of the site: Noto Sans Khmer (variable, from @fontsource-variable/noto-sans-khmer),
 * cut down at build time to the characters the site writes, shaping tables (GSUB, GPOS) kept by
 * HarfBuzz's subsetter so that subscripts, split vowels (ើ ឿ ៀ ោ ៅ) and ligatures render as with the
 * whole font. One file, one weight (400): the variable font's 400-700 range costs 10 KB more than the
 * Khmer page budget allows; bold Khmer headings are synthesised by the browser.
 */
export const KHMER_FONT_SOURCE = '@fontsource-variable/noto-sans-khmer/files/noto-sans-khmer-khmer-wght-normal.woff2';
export const KHMER_FONT_WEIGHT = 400;
/** Where the build writes the fonts (site paths; the CSS in src/styles/khmer-font.css names them). */
export const KHMER_FONT_PATH = '/fonts/atlas-khmer.woff2';
export const KHMER_LABEL_FONT_PATH = '/fonts/atlas-khmer-label.woff2';

/** Khmer letters, signs, digits and symbols, plus the characters shaping may need beside them. */
const KHMER_CHARS = /[\u1780-\u17ff\u19e0-\u19ff]/g;
/**
 * Characters shaping needs beyond those written: ZWSP, ZWNJ, ZWJ; the dotted circle HarfBuzz shows under
 * a stray mark; and the vowel sign E (េ), into which HarfBuzz splits ើ ឿ ៀ ោ ៅ before it draws them,
 * so that these vowels break when it is missing from the font (as naive subsetting leaves it).
 */
export const SHAPING_EXTRAS = '\u200b\u200c\u200d\u25cc\u17c1';

/** Every Khmer character of some texts, sorted, once each: the subset's input, so the output is deterministic. */
export function khmerCharacters(texts: Iterable<string>): string {
  const found = new Set<string>();
  for (const text of texts) for (const char of text.match(KHMER_CHARS) ?? []) found.add(char);
  return [...found].sort().join('');
}

/** A CSS unicode-range for a set of characters (single code points and runs). */
export function unicodeRange(characters: string): string {
  const points = [...new Set([...characters].map((char) => char.codePointAt(0) as number))].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let index = 0; index < points.length;) {
    let end = index;
    while (end + 1 < points.length && (points[end + 1] as number) === (points[end] as number) + 1) end++;
    const hex = (point: number) => point.toString(16).toUpperCase();
    ranges.push(end === index ? `U+${hex(points[index] as number)}` : `U+${hex(points[index] as number)}-${hex(points[end] as number)}`);
    index = end + 1;
  }
  return ranges.join(', ');
}

/**
 * Tables no browser reads from this static instance: STAT names the variable font's axes (gone once cut
 * to weight 400), gasp tunes hinting the font does not have. (Without `post` Chromium rejects the font.)
 * The render tests compare the result with the whole font in Chromium.
 */
const UNUSED_TABLES = ['STAT', 'gasp'];

function subsetInstance(font: Buffer, text: string): Promise<Buffer> {
  return subsetFont(font, text, { targetFormat: 'woff2', variationAxes: { wght: KHMER_FONT_WEIGHT }, dropTables: UNUSED_TABLES });
}

/** The font cut down to `characters` (plus SHAPING_EXTRAS), at weight 400, as WOFF2. */
export async function subsetKhmerFont(font: Buffer, characters: string): Promise<Buffer> {
  return subsetInstance(font, characters + SHAPING_EXTRAS);
}

/**
 * The font of one short label (the language switch's "ខ្មែរ" on English pages), cut down to exactly its
 * characters: a whole, well-formed syllable needs none of SHAPING_EXTRAS (no split vowel, no stray mark),
 * and every English page downloads this file, so each byte counts.
 */
export async function subsetKhmerLabelFont(font: Buffer, label: string): Promise<Buffer> {
  return subsetInstance(font, khmerCharacters([label]));
}

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as hb from 'harfbuzzjs';
import subsetFont from 'subset-font';
import type { TextSetter } from './share-card.ts';

/**
 * The fonts share cards are rendered with: the full Noto Sans Khmer (every glyph of its Khmer and Latin
 * files, not the site's subset) as static TrueType at weight 400, which resvg reads (it does not read
 * WOFF2 or this variable font) and HarfBuzz shapes. Written once under node_modules/.cache/.
 */
const require = createRequire(import.meta.url);
const source = (subset: string) => require.resolve(`@fontsource-variable/noto-sans-khmer/files/noto-sans-khmer-${subset}-wght-normal.woff2`);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => String.fromCodePoint(from + index)).join('');
/** Every character the two files cover (fontsource's unicode-range of each). */
const KHMER_TEXT = range(0x1780, 0x17ff) + range(0x19e0, 0x19ff) + '\u200b\u200c\u200d\u25cc';
const LATIN_TEXT = range(0x20, 0x7e) + range(0xa0, 0x17f) + range(0x2000, 0x206f) + '\u20ac\u2122\u2212';

let prepared: Promise<string[]> | undefined;

/** Shaped runs the card setter keeps (see cardTextSetter). */
const SHAPED_RUNS_KEPT = 2000;

/** Paths of the two TrueType files, made on first use. */
export function cardFontFiles(): Promise<string[]> {
  prepared ??= (async () => {
    const dir = join(process.cwd(), 'node_modules/.cache/directive-atlas-card-fonts-3');
    const files = [join(dir, 'noto-sans-khmer-400.ttf'), join(dir, 'noto-sans-latin-400.ttf')];
    if (files.every((file) => existsSync(file))) return files;
    mkdirSync(dir, { recursive: true });
    const khmer = await subsetFont(readFileSync(source('khmer')), KHMER_TEXT, { targetFormat: 'truetype', variationAxes: { wght: 400 } });
    const latin = await subsetFont(readFileSync(source('latin')), LATIN_TEXT, { targetFormat: 'truetype', variationAxes: { wght: 400 } });
    writeFileSync(files[0] as string, khmer);
    writeFileSync(files[1] as string, latin);
    return files;
  })();
  return prepared;
}

/**
 * The card's text setter: every run shaped by HarfBuzz (harfbuzzjs, the shaper Chromium uses) in the full
 * Noto Sans Khmer, measured from its advances and drawn as its glyph outlines (SVG paths). resvg then only
 * rasterizes: its own text layout positions Khmer subscripts differently from the browser's (measured in
 * tests/e2e/share-card-shaping.test.ts), so it is not used for text.
 */
export async function cardTextSetter(): Promise<TextSetter> {
  const [khmerFile, latinFile] = await cardFontFiles();
  const fonts = [khmerFile, latinFile].map((file) => {
    const face = new hb.Face(new hb.Blob(readFileSync(file as string)));
    return { font: new hb.Font(face), upem: face.upem, paths: new Map<number, string>() };
  });
  // The runs shaped last, most recent last: line breaking measures the same runs again and again, and
  // kickers and footers repeat from card to card. Bounded: unbounded, it kept every run of every card
  // (13 MB more per 900 cards of unique text, measured); with the bound, 5,000 such cards peak at 177 MiB.
  const shaped = new Map<string, { glyphs: { path: string; x: number; y: number }[]; advance: number; upem: number }>();
  const shape = (text: string, khmer: boolean) => {
    const key = `${khmer ? 'k' : 'l'}${text}`;
    const known = shaped.get(key);
    if (known) {
      shaped.delete(key);
      shaped.set(key, known);
      return known;
    }
    const { font, upem, paths } = fonts[khmer ? 0 : 1] as (typeof fonts)[number];
    const buffer = new hb.Buffer();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    hb.shape(font, buffer);
    const positions = buffer.getGlyphPositions();
    let pen = 0;
    const glyphs = buffer.getGlyphInfos().map((info, index) => {
      const position = positions[index] as { xAdvance: number; xOffset: number; yOffset: number };
      let path = paths.get(info.codepoint);
      if (path === undefined) {
        path = font.glyphToPath(info.codepoint);
        paths.set(info.codepoint, path);
      }
      const glyph = { path, x: pen + position.xOffset, y: position.yOffset };
      pen += position.xAdvance;
      return glyph;
    });
    const result = { glyphs, advance: pen, upem };
    shaped.set(key, result);
    if (shaped.size > SHAPED_RUNS_KEPT) shaped.delete(shaped.keys().next().value as string);
    return result;
  };
  return {
    measure: (text, khmer) => {
      const { advance, upem } = shape(text, khmer);
      return advance / upem;
    },
    draw: (text, khmer, x, y, size, fill) => {
      const { glyphs, upem } = shape(text, khmer);
      const scale = size / upem;
      const paths = glyphs.filter((glyph) => glyph.path).map((glyph) => `<path transform="translate(${glyph.x} ${glyph.y})" d="${glyph.path}"/>`);
      return `<g transform="translate(${x.toFixed(2)} ${y}) scale(${scale.toFixed(5)} ${(-scale).toFixed(5)})" fill="${fill}">${paths.join('')}</g>`;
    },
  };
}

import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { cardFontFiles, cardTextSetter } from '../../src/lib/card-fonts.ts';
import { KHMER_FAMILY } from '../../src/lib/share-card.ts';
import { useSitePage } from '../helpers/browser.ts';
import { loadAtlas } from '../helpers/atlas.ts';

// Share cards: text shaped by HarfBuzz (harfbuzzjs) into glyph outlines, rasterized by resvg. Proof that
// the Khmer comes out as the browser draws it: the same Khmer title, in the same font file at the same
// size and baseline, drawn by that pipeline and by Chromium's canvas, compared as ink masks (intersection
// over union, one pixel of tolerance). A control draws the same characters one by one, unshaped (what a
// renderer without a shaper, such as satori, shows): it must score far lower, so the comparison can tell
// shaped from unshaped text. resvg's own text layout is measured too, and printed: it places Khmer
// subscripts differently, which is why the cards do not use it.

const { page } = useSitePage();
const WIDTH = 1500;
const HEIGHT = 140;
const SIZE = 56;
const BASELINE = 90;

/** A Khmer title of the site: recommendation 8's card title is long and has stacked consonants (coeng). */
function khmerTitle(): string {
  const atlas = loadAtlas();
  const text = atlas.recommendations.find((rec) => rec.data.lang === 'km' && rec.data.number === 8)?.body ?? '';
  // The first three phrases, Khmer only: spaces are no Khmer characters (the site and the cards set them
  // in a Latin face), so the phrases are joined without them, all in the one Khmer font.
  return text.trim().split(/\s+/).slice(0, 3).join('');
}

async function inkMasks(title: string) {
  const [khmerFile] = await cardFontFiles();
  const font = readFileSync(khmerFile as string);
  const frame = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}"><rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>${body}</svg>`;
  const setter = await cardTextSetter();
  const cardPng = new Resvg(frame(setter.draw(title, true, 10, BASELINE, SIZE, '#000')), { font: { loadSystemFonts: false } }).render().asPng();
  const resvgTextPng = new Resvg(frame(`<text x="10" y="${BASELINE}" font-family="${KHMER_FAMILY}" font-size="${SIZE}" fill="#000" xml:space="preserve">${title}</text>`), {
    font: { fontFiles: [khmerFile as string], loadSystemFonts: false },
  })
    .render()
    .asPng();
  return page().evaluate(
    async ({ fontBase64, cardBase64, resvgTextBase64, title, WIDTH, HEIGHT, SIZE, BASELINE }) => {
      const bytes = Uint8Array.from(atob(fontBase64), (char) => char.charCodeAt(0));
      const face = new FontFace('Card Khmer', bytes);
      await face.load();
      document.fonts.add(face);
      const canvas = (draw: (context: CanvasRenderingContext2D) => void) => {
        const element = document.createElement('canvas');
        element.width = WIDTH;
        element.height = HEIGHT;
        const context = element.getContext('2d') as CanvasRenderingContext2D;
        context.fillStyle = '#fff';
        context.fillRect(0, 0, WIDTH, HEIGHT);
        context.fillStyle = '#000';
        context.font = `${SIZE}px 'Card Khmer'`;
        draw(context);
        const data = context.getImageData(0, 0, WIDTH, HEIGHT).data;
        const mask: number[] = [];
        for (let index = 0; index < data.length; index += 4) mask.push((data[index] as number) < 128 ? 1 : 0);
        return mask;
      };
      const decoded = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        return image;
      };
      const cardImage = await decoded(cardBase64);
      const resvgTextImage = await decoded(resvgTextBase64);
      const card = canvas((context) => context.drawImage(cardImage, 0, 0));
      const resvgText = canvas((context) => context.drawImage(resvgTextImage, 0, 0));
      const chromium = canvas((context) => context.fillText(title, 10, BASELINE));
      // Unshaped: every character on its own, side by side.
      const unshaped = canvas((context) => {
        let x = 10;
        for (const char of title) {
          context.fillText(char, x, BASELINE);
          x += context.measureText(char).width;
        }
      });
      const iou = (a: number[], b: number[]) => {
        let both = 0;
        let either = 0;
        // One pixel of tolerance for anti-aliasing: a pixel of a counts as shared if b has ink next to it.
        for (let index = 0; index < a.length; index++) {
          const near = (mask: number[]) => mask[index] || mask[index - 1] || mask[index + 1] || mask[index - WIDTH] || mask[index + WIDTH];
          if (a[index] || b[index]) either++;
          if ((a[index] && near(b)) || (b[index] && near(a) && !a[index])) both++;
        }
        return both / either;
      };
      const ink = (mask: number[]) => mask.reduce((sum, value) => sum + value, 0);
      return { card: iou(card, chromium), resvgText: iou(resvgText, chromium), unshaped: iou(unshaped, chromium), ink: [ink(card), ink(chromium)] };
    },
    { fontBase64: font.toString('base64'), cardBase64: cardPng.toString('base64'), resvgTextBase64: resvgTextPng.toString('base64'), title, WIDTH, HEIGHT, SIZE, BASELINE },
  );
}

describe('share cards shape Khmer as the browser does', () => {
  it('the card pipeline and Chromium draw the same Khmer title alike; unshaped text does not match', async () => {
    const title = khmerTitle();
    expect(title).toMatch(/្/); // stacked consonants: the case shaping is for
    const result = await inkMasks(title);
    console.log(
      `Khmer "${title}" against Chromium (IoU of ink): card pipeline ${result.card.toFixed(3)}, resvg's own text layout ${result.resvgText.toFixed(3)}, unshaped control ${result.unshaped.toFixed(3)}; ink px ${result.ink.join(' / ')}`,
    );
    expect(result.ink[0]).toBeGreaterThan(1000);
    expect(result.card).toBeGreaterThan(0.9);
    expect(result.unshaped).toBeLessThan(result.card - 0.2);
  });
});

/**
 * Share cards (Open Graph / Twitter images): the SVG our code composes from a page's data, which the build
 * renders to PNG with resvg (src/lib/card-fonts.ts, src/integrations/share-cards.ts). Pure functions: text runs, line
 * breaking and the layout are tested without rendering.
 */

/** What a card says. */
export interface ShareCard {
  /** BCP 47 language of the card's text. */
  lang: string;
  /** Small line above the title: the site and the kind of page. */
  kicker: string;
  /** The page's title. */
  title: string;
  /** One or two lines under the title (a date and subject, the first sentence...). */
  subtitle: string;
  /** The foot line: the site's name, and on Khmer cards that the text is our unofficial translation. */
  footer: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** The families the renderer is given: the full Noto Sans Khmer, and its Latin face under its own name. */
export const KHMER_FAMILY = 'Noto Sans Khmer';
export const LATIN_FAMILY = 'Noto Sans Latin';

const KHMER = /[\u1780-\u17ff\u19e0-\u19ff\u200b-\u200d\u25cc]/;

/** Splits text into runs of Khmer and of everything else, each set in its own face (the Khmer face has no Latin). */
export function scriptRuns(text: string): { khmer: boolean; text: string }[] {
  const runs: { khmer: boolean; text: string }[] = [];
  for (const char of text) {
    const khmer = KHMER.test(char);
    const last = runs.at(-1);
    if (last && last.khmer === khmer) last.text += char;
    else runs.push({ khmer, text: char });
  }
  return runs;
}

/** The width of a run of one script in em (the build measures it with HarfBuzz on the card's fonts). */
export type Measure = (text: string, khmer: boolean) => number;

/**
 * How a card's text is set. The build shapes every run with HarfBuzz (the shaper Chromium uses) and draws
 * its glyph outlines as SVG paths (src/lib/card-fonts.ts), so the rasterizer does no text layout of its own.
 * Without fonts (tests), runs are plain SVG <text> measured by an estimate.
 */
export interface TextSetter {
  measure: Measure;
  /** SVG for one run at (x, y) baseline, `size` px, in `fill`. */
  draw: (text: string, khmer: boolean, x: number, y: number, size: number, fill: string) => string;
}

/**
 * An estimate of a run's width in em, by grapheme (a Khmer cluster about 0.66 em, Latin letters about
 * 0.56): what the cards use when no font is at hand (tests). It errs wide.
 */
export const estimateEm: Measure = (text) => {
  let em = 0;
  for (const { segment } of new Intl.Segmenter('km', { granularity: 'grapheme' }).segment(text)) {
    em += KHMER.test(segment) ? 0.66 : /[A-Z0-9—–]/.test(segment) ? 0.66 : /[\s.,:;'’]/.test(segment) ? 0.3 : 0.56;
  }
  return em;
};

/** The width of mixed text in em: the sum of its script runs. */
export function widthEm(text: string, measure: Measure): number {
  return scriptRuns(text).reduce((sum, run) => sum + measure(run.text, run.khmer), 0);
}

/**
 * Breaks text into at most `maxLines` lines of at most `maxEm` em, at word boundaries (Khmer words too:
 * Intl.Segmenter's dictionary, as the browser breaks them); a text that does not fit ends with an ellipsis.
 */
export function breakLines(text: string, lang: string, maxEm: number, maxLines: number, measure: Measure = estimateEm): string[] {
  const words = [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text.replace(/\s+/g, ' ').trim())].map((part) => part.segment);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line.trim() && widthEm((line + word).trimEnd(), measure) > maxEm) {
      lines.push(line.trimEnd());
      line = word.trimStart();
    } else line += word;
  }
  if (line.trim()) lines.push(line.trim());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] as string;
  while (last && widthEm(`${last}…`, measure) > maxEm)
    last = [...new Intl.Segmenter(lang, { granularity: 'grapheme' }).segment(last)]
      .slice(0, -1)
      .map((part) => part.segment)
      .join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * One line of text as SVG: a <text> per script run, each in the one face that has its characters, placed
 * after the runs before it (resvg's font fallback inside one text element loses glyphs, so the card never
 * relies on it). Each run is shaped by resvg's HarfBuzz port.
 */
function textLine(text: string, x: number, y: number, size: number, fill: string, setter: TextSetter): string {
  let at = x;
  return scriptRuns(text)
    .map((run) => {
      const element = setter.draw(run.text, run.khmer, at, y, size, fill);
      at += setter.measure(run.text, run.khmer) * size;
      return element;
    })
    .join('');
}

/** Runs as SVG <text>, for previews without the fonts (a renderer then lays the text out itself). */
export const plainTextSetter: TextSetter = {
  measure: estimateEm,
  draw: (text, khmer, x, y, size, fill) =>
    `<text x="${x.toFixed(1)}" y="${y}" font-family="${khmer ? KHMER_FAMILY : LATIN_FAMILY}" font-size="${size}" fill="${fill}" xml:space="preserve">${escapeXml(text)}</text>`,
};

/** The card as SVG, 1200 × 630: title up to three lines, subtitle up to three, text never wider than the card. */
export function shareCardSvg(card: ShareCard, setter: TextSetter = plainTextSetter): string {
  const measure = setter.measure;
  const left = 96;
  const width = CARD_WIDTH - left - 80;
  const khmer = KHMER.test(card.title);
  const titleSize = 60;
  const titleLead = khmer ? 1.55 : 1.22;
  const subtitleSize = 32;
  const subtitleLead = khmer ? 1.6 : 1.35;
  const titleLines = breakLines(card.title, card.lang, width / titleSize, 3, measure);
  const subtitleLines = breakLines(card.subtitle, card.lang, width / subtitleSize, 3, measure);
  let y = 150;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#fbfaf7"/>`,
    `<rect width="24" height="${CARD_HEIGHT}" fill="#1d3a5f"/>`,
    textLine(card.kicker, left, 96, 28, '#4f5663', setter),
  ];
  for (const line of titleLines) {
    y += titleSize * (parts.length === 4 ? 0.6 : titleLead);
    parts.push(textLine(line, left, Math.round(y), titleSize, '#0f2744', setter));
  }
  y += subtitleSize * 1.4;
  for (const line of subtitleLines) {
    y += subtitleSize * subtitleLead;
    parts.push(textLine(line, left, Math.round(y), subtitleSize, '#1c1f24', setter));
  }
  parts.push(`<rect x="${left}" y="${CARD_HEIGHT - 92}" width="${width}" height="2" fill="#d9d6ce"/>`);
  parts.push(textLine(card.footer, left, CARD_HEIGHT - 44, 26, '#4f5663', setter));
  parts.push('</svg>');
  return parts.join('\n');
}

import { KHMER_LETTER } from '../khmer-normalize.ts';
import { khmerWords } from '../khmer-segment.ts';

/**
 * The text layer of a PDF as `pdftotext -layout` gives it, made readable as the page reads: lines trimmed,
 * the runs of spaces of its layout folded, and the spaces it puts inside a Khmer word removed.
 * pdftotext infers a space wherever two runs of glyphs stand apart, and Chromium (like word processors)
 * prints a Khmer word as several runs, a vowel sign ending one: "រាជរដ្ឋា ភិបាល" for រាជរដ្ឋាភិបាល.
 * A space between Khmer letters is removed only where the word segmenter, given the two sides written
 * together, finds fewer words than in the two apart: the space cut a word ("ស្ថា ប័ន"). Where the two
 * sides are words of their own ("ជាតិ សាសនា", "ក្រសួង ស្ថាប័ន") it stays.
 */

const wordCount = (text: string) => khmerWords(text).length;
/** The Khmer run at the end (or start) of a token: what the segmenter compares. */
const lastRun = (token: string) => /[\u1780-\u17dd]+$/.exec(token)?.[0] ?? '';
const firstRun = (token: string) => /^[\u1780-\u17dd]+/.exec(token)?.[0] ?? '';

export interface RepairedText {
  text: string;
  /** Each space removed, with the words around it as the PDF gave them. */
  joined: string[];
}

/** A dependent vowel or sign: where Chromium and word processors end a run of glyphs inside a word (រដ្ឋា|ភិបាល). */
const DEPENDENT = /[\u17b6-\u17d3\u17dd]$/;

/**
 * True when `left` and `right`, written together, make fewer words than apart, and `left` ends on a vowel
 * sign: a line or run break cut a word there ("ស្ថា" + "ប័ន"); "មាន" + "ការ" are two words.
 */
export function cutsKhmerWord(left: string, right: string): boolean {
  const leftRun = lastRun(left);
  const rightRun = firstRun(right);
  if (!leftRun || !rightRun || !DEPENDENT.test(leftRun)) return false;
  return wordCount(leftRun + rightRun) < wordCount(leftRun) + wordCount(rightRun);
}

function repairLine(line: string, joined: string[]): string {
  const tokens = line.trim().split(/ +/);
  const out: string[] = [];
  for (const token of tokens) {
    const previous = out.at(-1);
    if (previous !== undefined && KHMER_LETTER.test(previous.at(-1) ?? '') && KHMER_LETTER.test(token[0] ?? '')) {
      if (cutsKhmerWord(previous, token)) {
        joined.push(`${previous} ${token}`);
        out[out.length - 1] = previous + token;
        continue;
      }
    }
    out.push(token);
  }
  return out.join(' ');
}

export function repairPdfText(layout: string): RepairedText {
  const joined: string[] = [];
  const lines = layout
    .replace(/\f/g, '\n\n')
    .split('\n')
    // A wide gap in a -layout line separates columns (a number on the left, the place and date on the right): each is a line.
    .flatMap((line) => line.trim().split(/ {3,}/))
    .map((line) => repairLine(line, joined));
  return {
    text: `${lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()}\n`,
    joined,
  };
}

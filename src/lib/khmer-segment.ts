/**
 * Khmer writes words without spaces, and Pagefind only splits on spaces for Khmer. At build time we
 * give the indexer a copy of the text with a separator between words; in the browser we split queries
 * against the very words the build indexed (the browser's own segmenter splits differently).
 */

import { normalizeKhmer, normalizeQuery, withoutInvisibleInKhmer } from './khmer-normalize.ts';

/** Khmer letters, signs and digits (U+1780-U+17FF) and Khmer symbols (U+19E0-U+19FF). */
export const KHMER_RUN = /[\u1780-\u17ff\u19e0-\u19ff]+/g;
const KHMER_CHAR = /[\u1780-\u17ff\u19e0-\u19ff]/;
const KHMER_DIGITS = /^[០-៩]+$/;

/**
 * Separator put between Khmer words for the indexer: THIN SPACE is white space to Pagefind, so words
 * are indexed apart, and the search page can remove it from excerpts to give back the original text.
 */
export const WORD_SEPARATOR = '\u2009';

/**
 * Separator put before tokens that exist only for the indexer (a compound's endings, a word joined
 * from pieces, the Western form of a number): EN SPACE, also white space to Pagefind. Excerpts keep it,
 * so the search page removes each such token and shows the text as written.
 */
export const EXTRA_SEPARATOR = '\u2002';

/** An excerpt or title as written: indexer-only tokens and word separators removed. */
export function displayText(indexed: string): string {
  return indexed.replace(/\u2002(?:<mark>)?[^\s\u2009\u2002<]*(?:<\/mark>)?/g, '').replaceAll(WORD_SEPARATOR, '');
}

export function hasKhmer(text: string): boolean {
  return KHMER_CHAR.test(text);
}

/** Western digits for Khmer digits ("២០២៥" -> "2025"). */
export function asciiDigits(text: string): string {
  return text.replace(/[០-៩]/g, (digit) => String(digit.charCodeAt(0) - 0x17e0));
}

const COENG = '\u17d2';
const STARTS_SYLLABLE = /[\u1780-\u17b3]/;
const CODA_MARK = /[\u17cb-\u17cd]/;

/**
 * True where a Khmer syllable starts: a consonant or independent vowel not written below another
 * (not after COENG). Query pieces and indexed word parts only start there.
 */
export function startsSyllable(run: string, index: number): boolean {
  if (index === 0) return true;
  return STARTS_SYLLABLE.test(run[index] ?? '') && run[index - 1] !== COENG;
}

/**
 * The parts of a compound a reader may search for on their own: every ending of the word that starts
 * a syllable and is at least two syllables long (លក់ទំនិញ -> ទំនិញ), as Pagefind only matches word starts.
 */
export function wordEndings(word: string): string[] {
  const starts = [...word].map((_, index) => index).filter((index) => index > 0 && startsSyllable(word, index) && !CODA_MARK.test(word[index + 1] ?? ''));
  return starts.filter((start, position) => position < starts.length - 1 || word.length - start >= 4).map((start) => word.slice(start));
}

let segmenter: Intl.Segmenter | undefined;

/**
 * Runs already segmented, with the search form of each piece (see khmer-normalize.ts: indexed beside the
 * piece as written when it differs, so a query typed either way finds it and excerpts still read as
 * written). The indexer segments every page twice (vocabulary, then index) and a site repeats its names
 * and labels on every page: each run is segmented once. Bounded; forgetSegmentedRuns() empties it.
 */
const segmentedRuns = new Map<string, { pieces: string[]; normal: string[] }>();
const SEGMENTED_RUNS_LIMIT = 500_000;

function segmentRun(run: string): { pieces: string[]; normal: string[] } {
  let segmented = segmentedRuns.get(run);
  if (!segmented) {
    const pieces = khmerWords(run);
    segmented = { pieces, normal: pieces.map(normalizeKhmer) };
    if (segmentedRuns.size >= SEGMENTED_RUNS_LIMIT) segmentedRuns.clear();
    segmentedRuns.set(run, segmented);
  }
  return segmented;
}

/** Empties the cache of segmented runs (the indexer calls it when done). */
export function forgetSegmentedRuns(): void {
  segmentedRuns.clear();
}

/** The words of a Khmer run, by the ICU word segmenter of the build's Node. */
export function khmerWords(run: string): string[] {
  segmenter ??= new Intl.Segmenter('km', { granularity: 'word' });
  return [...segmenter.segment(run)].map((part) => part.segment).filter((word) => word.trim() !== '');
}

/**
 * The text as the indexer should see it: each Khmer run split into words joined by WORD_SEPARATOR,
 * and each number in Khmer digits followed by its Western form, so "265" finds "២៦៥".
 * ICU splits a word differently in different contexts (ក្លែងក្លាយ here, ក្លែង|ក្លាយ there); given the
 * vocabulary of a first pass, runs of 2-4 adjacent pieces that form a known word are indexed as that
 * word too, so a query segmented against the vocabulary finds every occurrence.
 * `onWord` receives every Khmer word, to build that vocabulary.
 */
export function searchableText(text: string, onWord?: (word: string) => void, vocabulary?: ReadonlySet<string>): string {
  // Invisible characters inside Khmer would cut a word in two before ICU sees it: dropped first (search only).
  // Numbers glued to words (ឆ្នាំ២០២៥) are cut off first, so that "2025" and "២០២៥" find them.
  return withoutInvisibleInKhmer(text)
    .replace(/[០-៩]+/g, (digits) => `${WORD_SEPARATOR}${digits}${WORD_SEPARATOR}`)
    .replace(KHMER_RUN, (run) => {
      const { pieces, normal } = segmentRun(run);
      const words: string[] = [];
      pieces.forEach((piece, index) => {
        const form = normal[index] as string;
        onWord?.(form);
        const extras = KHMER_DIGITS.test(piece) ? [asciiDigits(piece)] : [...(form !== piece && form !== '' ? [form] : []), ...wordEndings(form)];
        for (let size = 2; size <= 4 && vocabulary && index - size + 1 >= 0; size++) {
          const joined = normal.slice(index - size + 1, index + 1).join('');
          if (vocabulary.has(joined)) extras.push(joined);
        }
        words.push(piece + [...new Set(extras)].map((extra) => `${EXTRA_SEPARATOR}${extra}`).join(''));
      });
      return words.join(WORD_SEPARATOR);
    });
}

/**
 * Splits a Khmer query into words of the vocabulary: the split with the fewest characters outside
 * known words, then the fewest pieces (so the longest known words win, and an unknown stretch stays
 * whole). The query is first put in the search form the index uses (normalizeQuery: ្ដ/្ត, invisible
 * characters, spaces inside Khmer, order of marks). Non-Khmer parts stay as typed; Khmer numbers become
 * Western digits, as indexed.
 */
export function segmentQuery(query: string, vocabulary: ReadonlySet<string>, longestWord = 40): string {
  const segmented = normalizeQuery(query)
    .replace(/[០-៩]+/g, (digits) => ` ${asciiDigits(digits)} `)
    .replace(KHMER_RUN, (run) => {
      const n = run.length;
      // cost[i]: [unknown characters, pieces] of the best split of run.slice(0, i); from[i]: where its last piece starts.
      const cost: [number, number][] = [[0, 0]];
      const from: number[] = [0];
      for (let end = 1; end <= n; end++) {
        let best: [number, number] = [Infinity, Infinity];
        if (end < n && !startsSyllable(run, end)) {
          cost[end] = [Infinity, Infinity];
          continue;
        }
        for (let start = Math.max(0, end - longestWord); start < end; start++) {
          if (!startsSyllable(run, start)) continue;
          const [unknown, pieces] = cost[start] as [number, number];
          const piece = run.slice(start, end);
          // A one-letter "word" (ក, ខ) is too weak to cut an unknown word around it.
          const known = vocabulary.has(piece) && (piece.length > 1 || n === 1);
          const candidate: [number, number] = [unknown + (known ? 0 : piece.length), pieces + 1];
          if (candidate[0] < best[0] || (candidate[0] === best[0] && candidate[1] < best[1])) {
            best = candidate;
            from[end] = start;
          }
        }
        cost[end] = best;
      }
      const pieces: string[] = [];
      for (let end = n; end > 0; end = from[end] as number) pieces.unshift(run.slice(from[end], end));
      return ` ${pieces.join(' ')} `;
    });
  return segmented.replace(/\s+/g, ' ').trim();
}

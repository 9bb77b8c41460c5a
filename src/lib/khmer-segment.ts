/**
 * Khmer writes words without spaces, and Pagefind only splits on spaces for Khmer. At build time we
 * give the indexer a copy of the text with a separator between words; in the browser we split queries
 * against the very words the build indexed (the browser's own segmenter splits differently).
 */

/** Khmer letters, signs and digits (U+1780-U+17FF) and Khmer symbols (U+19E0-U+19FF). */
export const KHMER_RUN = /[\u1780-\u17ff\u19e0-\u19ff]+/g;
const KHMER_CHAR = /[\u1780-\u17ff\u19e0-\u19ff]/;
const KHMER_DIGITS = /^[០-៩]+$/;

/**
 * Separator put between Khmer words for the indexer: THIN SPACE is white space to Pagefind, so words
 * are indexed apart, and the search page can remove it from excerpts to give back the original text.
 */
export const WORD_SEPARATOR = '\u2009';

export function hasKhmer(text: string): boolean {
  return KHMER_CHAR.test(text);
}

/** Western digits for Khmer digits ("២០២៥" -> "2025"). */
export function asciiDigits(text: string): string {
  return text.replace(/[០-៩]/g, (digit) => String(digit.charCodeAt(0) - 0x17e0));
}

let segmenter: Intl.Segmenter | undefined;

/** The words of a Khmer run, by the ICU word segmenter of the build's Node. */
export function khmerWords(run: string): string[] {
  segmenter ??= new Intl.Segmenter('km', { granularity: 'word' });
  return [...segmenter.segment(run)].map((part) => part.segment).filter((word) => word.trim() !== '');
}

/**
 * The text as the indexer should see it: each Khmer run split into words joined by WORD_SEPARATOR,
 * and each number in Khmer digits followed by its Western form, so "265" finds "២៦៥".
 * `onWord` receives every Khmer word, to build the vocabulary the browser segments queries with.
 */
export function searchableText(text: string, onWord?: (word: string) => void): string {
  return text.replace(KHMER_RUN, (run) => {
    const words = khmerWords(run).flatMap((word) => {
      onWord?.(word);
      return KHMER_DIGITS.test(word) ? [word, asciiDigits(word)] : [word];
    });
    return words.join(WORD_SEPARATOR);
  });
}

/**
 * Splits a Khmer query into words of the vocabulary: the split with the fewest characters outside
 * known words, then the fewest pieces (so the longest known words win, and an unknown stretch stays
 * whole). Non-Khmer parts stay as typed; Khmer numbers become Western digits, as indexed.
 */
export function segmentQuery(query: string, vocabulary: ReadonlySet<string>, longestWord = 40): string {
  const segmented = query.normalize('NFC').replace(KHMER_RUN, (run) => {
    if (KHMER_DIGITS.test(run)) return ` ${asciiDigits(run)} `;
    const n = run.length;
    // cost[i]: [unknown characters, pieces] of the best split of run.slice(0, i); from[i]: where its last piece starts.
    const cost: [number, number][] = [[0, 0]];
    const from: number[] = [0];
    for (let end = 1; end <= n; end++) {
      let best: [number, number] = [Infinity, Infinity];
      for (let start = Math.max(0, end - longestWord); start < end; start++) {
        const [unknown, pieces] = cost[start] as [number, number];
        const piece = run.slice(start, end);
        const candidate: [number, number] = [unknown + (vocabulary.has(piece) ? 0 : piece.length), pieces + 1];
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

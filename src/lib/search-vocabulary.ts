/**
 * The Khmer words the index knows, split by first letter: the search page splits a Khmer query against
 * them (segmentQuery) and needs only the words that can start inside the query, so it downloads one small
 * file per letter the query's syllables start with, never the whole list.
 */
import { normalizeQuery } from './khmer-normalize.ts';
import { KHMER_RUN, startsSyllable } from './khmer-segment.ts';

/** The folder (under the site root) of the vocabulary's files, one per first letter. */
export const vocabularyShardDir = 'search/km-words';

/** The file of words starting with a letter: its code point in hexadecimal (a file name any host serves). */
export function shardName(letter: string): string {
  return `${(letter.codePointAt(0) ?? 0).toString(16)}.json`;
}

/** Letters a Khmer syllable (so a word) starts with: consonants and independent vowels. */
const FIRST_LETTERS = Array.from({ length: 0x17b3 - 0x1780 + 1 }, (_, offset) => String.fromCodePoint(0x1780 + offset));
const isFirstLetter = (char: string) => /[\u1780-\u17b3]/.test(char);

/**
 * The vocabulary as files: name -> the sorted words starting with that letter; a file for every letter
 * (empty when no word starts with it), so the page never asks for a file that does not exist.
 */
export function vocabularyShards(words: Iterable<string>): Map<string, string[]> {
  const shards = new Map<string, string[]>(FIRST_LETTERS.map((letter) => [shardName(letter), []]));
  for (const word of [...new Set(words)].sort()) shards.get(shardName(word[0] ?? ''))?.push(word);
  return shards;
}

/**
 * The files a query needs: one per letter that starts a syllable in its Khmer (in the search form the
 * index uses), since segmentQuery only tries words that start there.
 */
export function shardsForQuery(query: string): string[] {
  const names = new Set<string>();
  for (const [run] of normalizeQuery(query)
    .replace(/[០-៩]+/g, ' ')
    .matchAll(KHMER_RUN)) {
    for (let index = 0; index < run.length; index++) {
      const char = run[index] as string;
      if (isFirstLetter(char) && startsSyllable(run, index)) names.add(shardName(char));
    }
  }
  return [...names].sort();
}

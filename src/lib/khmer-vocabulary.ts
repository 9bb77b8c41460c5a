import { normalizeQuery } from './khmer-normalize.ts';
import { KHMER_RUN, startsSyllable } from './khmer-segment.ts';

/**
 * The Khmer query vocabulary, split so that a reader downloads only what a query needs: a word is kept
 * in the shard of its first two characters (hashed into SHARDS files), and a query needs only the
 * shards of the two characters at each syllable start of its Khmer runs, whatever the size of the site.
 */
export const SHARDS = 256;

/** Site folder of the shards (`<folder>/<n>.json`, a sorted JSON array of words each). */
export const VOCABULARY_FOLDER = 'search/km-words';

/** FNV-1a of a word's first two characters, into 0..SHARDS-1. */
export function shardOf(word: string): number {
  let hash = 0x811c9dc5;
  for (const char of word.slice(0, 2)) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % SHARDS;
}

/** The site path of a shard. */
export const shardPath = (shard: number) => `/${VOCABULARY_FOLDER}/${shard}.json`;

/** The words of a vocabulary, by shard (only the shards that have words). */
export function vocabularyShards(words: Iterable<string>): Map<number, string[]> {
  const shards = new Map<number, string[]>();
  for (const word of [...words].sort()) {
    const shard = shardOf(word);
    const list = shards.get(shard);
    if (list) list.push(word);
    else shards.set(shard, [word]);
  }
  return shards;
}

/** The shards segmentQuery can consult for a query: those of every two-character start of a syllable. */
export function shardsForQuery(query: string): number[] {
  const shards = new Set<number>();
  for (const [run] of normalizeQuery(query).matchAll(KHMER_RUN)) {
    for (let index = 0; index < run.length; index++) if (startsSyllable(run, index)) shards.add(shardOf(run.slice(index, index + 2)));
  }
  return [...shards].sort((a, b) => a - b);
}

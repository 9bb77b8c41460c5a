import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentQuery } from '../../src/lib/khmer-segment.ts';
import { shardOf, shardPath, shardsForQuery, SHARDS, VOCABULARY_FOLDER } from '../../src/lib/khmer-vocabulary.ts';
import { builtFile, distDir } from '../helpers/dist.ts';

const whole = JSON.parse(builtFile('search/km-words.json')) as string[];
const shard = (n: number): string[] => {
  try {
    return JSON.parse(builtFile(shardPath(n).slice(1))) as string[];
  } catch {
    return [];
  }
};

describe('the Khmer query vocabulary, split into shards', () => {
  it('the shards hold every word of the vocabulary once, each in the shard of its first two characters', () => {
    const files = readdirSync(join(distDir, VOCABULARY_FOLDER));
    expect(files.length).toBeGreaterThan(1);
    expect(files.length).toBeLessThanOrEqual(SHARDS);
    const words = files.flatMap((file) => {
      const n = Number(file.replace('.json', ''));
      const list = shard(n);
      for (const word of list) expect(shardOf(word)).toBe(n);
      return list;
    });
    expect(words.sort()).toEqual([...whole].sort());
  });

  it.each(['មជ្ឈមណ្ឌលទិន្នន័យជាតិ', 'ទំនិញក្លែងក្លាយ', 'សន្តិសុខសាយប័រ', 'ប្រៃសណីយ៍កម្ពុជា', 'អាហារូបករណ៍ ១០'])('"%s" is split the same with only its shards as with the whole vocabulary', (query) => {
    const partial = new Set(shardsForQuery(query).flatMap(shard));
    expect(partial.size).toBeLessThan(whole.length);
    expect(segmentQuery(query, partial)).toBe(segmentQuery(query, new Set(whole)));
  });
});

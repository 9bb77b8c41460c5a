import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { langs } from '../i18n/locales.ts';
import { routes } from '../lib/routes.ts';
import type { SearchPartLink } from '../lib/search-parts.ts';
import { withSearchParts, withSearchPreloads, type PagefindEntry } from '../lib/search-preload.ts';
import { vocabularyShardDir, vocabularyShards } from '../lib/search-vocabulary.ts';

/**
 * After Pagefind has written the index: the Khmer vocabulary in one file per first letter (the search
 * page loads only what a query needs), and each search page told what to fetch before its first query
 * and the parts of the index (src/lib/search-parts.ts).
 */
export function writeSearchPageFiles(dist: string, vocabulary: Iterable<string>, parts: readonly SearchPartLink[] = []): void {
  const shardDir = join(dist, vocabularyShardDir);
  mkdirSync(shardDir, { recursive: true });
  for (const [name, words] of vocabularyShards(vocabulary)) writeFileSync(join(shardDir, name), JSON.stringify(words));
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as PagefindEntry;
  for (const lang of langs) {
    const file = join(dist, routes.search(lang), 'index.html');
    writeFileSync(file, withSearchParts(withSearchPreloads(readFileSync(file, 'utf8'), entry), parts));
  }
}

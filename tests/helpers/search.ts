import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { segmentQuery } from '../../src/lib/khmer-segment.ts';
import { distDir } from './dist.ts';

export interface Hit {
  url: string;
  title: string;
  kind: string;
}

const vocabularies = new Map<string, Set<string>>();

/**
 * The query as the search page of the site built in `dist` sends it to Pagefind (same segmentation, same
 * vocabulary file). A fixture build has its own vocabulary, so the site is named.
 */
export function pageQuery(query: string, dist: string = distDir): string {
  let vocabulary = vocabularies.get(dist);
  if (!vocabulary) {
    vocabulary = new Set(JSON.parse(readFileSync(join(dist, 'search/km-words.json'), 'utf8')) as string[]);
    vocabularies.set(dist, vocabulary);
  }
  return segmentQuery(query, vocabulary);
}

/**
 * Runs queries with the built Pagefind bundle inside a page of the served site (its language picks the
 * index), as the search page does, and returns the hits of each, best first. `dist` is the built site
 * being served (the real build unless told).
 */
export async function searchMany(page: Page, queries: string[], options: { exactDiacritics: boolean; filters?: Record<string, string[]>; dist?: string }): Promise<Hit[][]> {
  const args = JSON.stringify({ queries: queries.map((query) => pageQuery(query, options.dist)), exactDiacritics: options.exactDiacritics, filters: options.filters ?? null });
  // A string, not a function: the test runner would otherwise rewrite the dynamic import() for Node.
  return page.evaluate(`(async ({ queries, exactDiacritics, filters }) => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ exactDiacritics });
    const all = [];
    for (const query of queries) {
      const search = await pagefind.search(query, filters ? { filters } : {});
      const data = await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
      all.push(data.map((hit) => ({ url: hit.url, title: hit.meta.title ?? '', kind: (hit.filters.kind ?? [''])[0] })));
    }
    return all;
  })(${args})`) as Promise<Hit[][]>;
}

/**
 * The search index in parts, newest directives first. Pagefind makes a reader download, before the first
 * results, a metadata file listing every record of the index; with one index for a thousand directives
 * that file alone is half a megabyte. So the index is split: the first part (the one the search page
 * opens) holds the newest directives and every page that belongs to no directive (bodies, themes,
 * references, ...), up to a budget of records per language; each older part holds the next directives
 * under the same budget. A reader searches the first part at once, and all parts when they ask (or when
 * they filter, so counts are complete). Each part is a Pagefind bundle of its own, built and closed in
 * turn, so the indexer's memory is bounded by a part, not by the site.
 */

/**
 * Records per language a part may hold. A first query fetches the part's metadata (about 7 bytes gzip a
 * record) and, where filters are shown, its filter indexes (about 4 bytes a record and filter value):
 * measured by `npm run bench:scale`, 1,000 keeps both under 30 KB.
 */
export const SEARCH_PART_RECORDS = 1000;

/** Where part `index` is published (part 0 is Pagefind's usual bundle, which the search page opens). */
export function searchPartPath(index: number): string {
  return index === 0 ? '/pagefind/' : `/pagefind-parts/${index}/`;
}

/** One part: where it is, and the directives whose pages and obligations it holds (newest first). */
export interface SearchPart {
  index: number;
  path: string;
  directives: string[];
}

/** What the search page is told of each part (written into its <head> at build time). */
export interface SearchPartLink {
  path: string;
  directives: number;
}

/** The directive a page belongs to, from its address (`/en/directives/<id>/...`), if any. */
export function directiveOfUrl(url: string): string | undefined {
  return /^\/[^/]+\/directives\/([^/]+)\//.exec(url)?.[1];
}

/**
 * Splits directives into parts, newest first (by date, then id), each under `budget` records per
 * language; the first part also holds the `shared` records of pages that belong to no directive. A
 * directive is never split, so one larger than the budget has a part of its own.
 */
export function partitionDirectives(directives: readonly { id: string; date: string; records: number }[], shared: number, budget = SEARCH_PART_RECORDS): SearchPart[] {
  const newestFirst = [...directives].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const parts: SearchPart[] = [];
  let current: SearchPart = { index: 0, path: searchPartPath(0), directives: [] };
  let used = shared;
  for (const directive of newestFirst) {
    if (current.directives.length > 0 && used + directive.records > budget) {
      parts.push(current);
      current = { index: parts.length, path: searchPartPath(parts.length), directives: [] };
      used = 0;
    }
    current.directives.push(directive.id);
    used += directive.records;
  }
  parts.push(current);
  return parts;
}

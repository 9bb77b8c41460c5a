import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { distDir, requireBuild } from './dist.ts';

/**
 * The public addresses of a build and the anchors of each page: what a journalist's permalink or a
 * bookmark can point at. Hashed assets (`_astro/`), the search index (`pagefind/`) and the Khmer word
 * shards of the search page (`search/km-words/`) are internal: their names may change with any build.
 */
const INTERNAL = /^(?:_astro|pagefind|search\/km-words)\//;

/** Every public file of dist/ as its URL path (`/en/bodies/mptc/` for an index.html), sorted. */
export function publicAddresses(root = distDir): string[] {
  if (root === distDir) requireBuild();
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(root.length + 1)
        .split(sep)
        .join('/'),
    )
    .filter((file) => !INTERNAL.test(file))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}

/**
 * Ids of the page's own widgets, not places in the text: the Cite box's tabs and fields, the search
 * header, the offline and missing-anchor notices. Nobody links to them.
 */
const WIDGET_ID = /^(?:cite-.*|.*-label|search-(?:en|km)-header|anchor-missing|offline-state|embed-snippet)$/;

/** The anchors of a built HTML page (its `id` attributes but the widgets'), in document order. */
export function anchorsOf(address: string, root = distDir): string[] {
  const file = address.endsWith('/') || address === '' ? join(root, address, 'index.html') : join(root, address);
  const html = readFileSync(file, 'utf8');
  return [...new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!))].filter((id) => !WIDGET_ID.test(id));
}

/** Addresses with their anchors (an empty list for files that are not HTML pages). */
export function addressesWithAnchors(root = distDir): Record<string, string[]> {
  return Object.fromEntries(publicAddresses(root).map((address) => [address, address.endsWith('/') || address.endsWith('.html') ? anchorsOf(address, root) : []]));
}

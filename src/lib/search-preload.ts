import type { SearchPartLink } from './search-parts.ts';

/**
 * What the search page needs before its first query, known once Pagefind has written the index: its
 * module, the index's entry file, the language's metadata and WebAssembly. Written into the search page's
 * <head> at build time, so the browser fetches them with the page, in parallel, instead of one after
 * another (script, then entry, then metadata and WebAssembly).
 */

/** Pagefind's pagefind-entry.json, the part we read. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/** Marks the link to the entry file; its `ts` parameter is the tag the page gives Pagefind (metaCacheTag). */
export const ENTRY_LINK_ID = 'pagefind-entry';

/** The <link> tags for a search page whose <html lang> is `htmlLang` (Pagefind picks its index by it). */
export function searchPreloadLinks(entry: PagefindEntry, htmlLang: string, base = '/pagefind/'): string {
  const index = entry.languages[htmlLang];
  if (!index) throw new Error(`Pagefind wrote no index for language "${htmlLang}" (it has ${Object.keys(entry.languages).join(', ')})`);
  // Pagefind fetches these with fetch() (CORS mode, same origin): preloads match it only with crossorigin.
  const fetched = (href: string, id = '') => `<link rel="preload" as="fetch" crossorigin href="${href}"${id ? ` id="${id}"` : ''}>`;
  return [
    `<link rel="modulepreload" href="${base}pagefind.js">`,
    fetched(`${base}pagefind-entry.json?ts=${index.hash}`, ENTRY_LINK_ID),
    fetched(`${base}pagefind.${index.hash}.pf_meta`),
    fetched(`${base}wasm.${index.wasm ?? 'unknown'}.pagefind`),
  ].join('');
}

const PRELOADS_START = '<!--search-preloads-->';
const PRELOADS_END = '<!--/search-preloads-->';

/** The page's HTML with the links at the end of its <head>. */
export function withSearchPreloads(html: string, entry: PagefindEntry): string {
  const htmlLang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
  if (!htmlLang) throw new Error('search page without <html lang>');
  if (!html.includes('</head>')) throw new Error('search page without </head>');
  // The page's own script (at the end of <body>) first: it starts the query's vocabulary files.
  const own = /<script type="module" src="([^"]+)"/.exec(html)?.[1];
  // Marked, so that indexing a built site again replaces the links instead of adding a second set.
  const links = `${PRELOADS_START}${own ? `<link rel="modulepreload" href="${own}">` : ''}${searchPreloadLinks(entry, htmlLang)}${PRELOADS_END}`;
  return html.replace(new RegExp(`${PRELOADS_START}.*?${PRELOADS_END}`, 's'), '').replace('</head>', `${links}</head>`);
}

/** The <meta> that tells the search page the parts of the index, first part first (read by search-page.ts). */
export const SEARCH_PARTS_META = 'atlas-search-parts';

/** The page's HTML with the parts of the index listed in its <head>. */
export function withSearchParts(html: string, parts: readonly SearchPartLink[]): string {
  const content = JSON.stringify(parts).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return html.replace(new RegExp(`<meta name="${SEARCH_PARTS_META}"[^>]*>`), '').replace('</head>', `<meta name="${SEARCH_PARTS_META}" content="${content}"></head>`);
}

// What the benchmarks measure, in one place: one page of each page type (English path; the Khmer one is
// the same under /km/), the built site to serve, and how many bytes a response costs on the wire.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The built site the benchmarks serve: dist/, or BENCH_DIST (to measure another build, e.g. a "before"). */
export const benchDist = process.env.BENCH_DIST ?? fileURLToPath(new URL('../dist/', import.meta.url));

export const pageTypes: [name: string, path: string][] = [
  ['home', '/en/'],
  ['directive', '/en/directives/ocm-265-scn-pb-2025/'],
  ['recommendation', '/en/directives/ocm-265-scn-pb-2025/recommendations/4/'],
  ['side-by-side', '/en/directives/ocm-265-scn-pb-2025/side-by-side/'],
  ['body', '/en/bodies/mptc/'],
  ['reference', '/en/references/mptc-letter-298-bt-2025/'],
  ['theme', '/en/themes/cybersecurity/'],
  ['instrument', '/en/instruments/national-data-center/'],
  ['about', '/en/about/'],
  ['search', '/en/search/'],
];

/** The first query of each language on the search page (the Khmer one as readers type it: with DA). */
export const firstQueries = { en: 'cybersecurity', km: 'សន្ដិសុខសាយប័រ' } as const;

export const langPath = (path: string, lang: string) => path.replace('/en/', `/${lang}/`);

export type Kind = 'html' | 'css' | 'js' | 'font' | 'search' | 'other';

/** The kind of a response, by what the browser asked for and where it lives. */
export function kindOf(resourceType: string, pathname: string): Kind {
  if (pathname.startsWith('/pagefind/') || pathname.startsWith('/pagefind-parts/') || pathname.startsWith('/search/')) return resourceType === 'script' ? 'js' : 'search';
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'font') return 'font';
  return 'other';
}

/**
 * Bytes on the wire with gzip: text is compressed (as any host does), files that are compressed already
 * are not (fonts, and Pagefind's index, fragments, filters, metadata and WebAssembly, which are gzip inside).
 */
export function wireBytes(pathname: string, body: Buffer): number {
  if (/\.(woff2?|pagefind|pf_meta|pf_index|pf_fragment|pf_filter|png|jpe?g|webp|avif)$/.test(pathname)) return body.length;
  return gzipSync(body, { level: 9 }).length;
}

export interface Budget {
  html: number;
  css: number;
  js: number;
  font: number;
  total: number;
}
/**
 * bench/budgets.json. "default" holds the targets for a page (English <= 12.2 KB, Khmer <= 29 KB
 * gzip, fonts included); the letter, a ministry's page of every obligation and the search page (which
 * brings its search engine) have their own.
 */
export interface Budgets {
  /** Gzip bytes of a first visit, per page type (or "default") and language. */
  pages: Record<string, Record<string, Partial<Budget>>>;
  /** A first search on the search page: gzip bytes of everything it fetches, and ms to the first result. */
  search: Record<string, { bytes: number; ms: number; throttledMs: number }>;
  /** Lighthouse mobile: minimum category scores and maximum metric medians. */
  lighthouse: { minScore: number; maxLcpMs: number; maxTbtMs: number; maxCls: number };
}

export const budgets = JSON.parse(readFileSync(new URL('../bench/budgets.json', import.meta.url), 'utf8')) as Budgets;

export function pageBudget(name: string, lang: string): Partial<Budget> {
  return { ...budgets.pages.default?.[lang], ...budgets.pages[name]?.[lang] };
}

/** "over" lines for what exceeds its budget, one per figure. */
export function overBudget(label: string, figures: Record<string, number>, budget: Record<string, number | undefined>): string[] {
  return Object.entries(figures)
    .filter(([key, value]) => budget[key] !== undefined && value > (budget[key] as number))
    .map(([key, value]) => `OVER BUDGET ${label} ${key}: ${value} > ${budget[key]}`);
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

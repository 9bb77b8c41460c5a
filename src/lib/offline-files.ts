import { langs, type Lang } from '../i18n/locales.ts';
import type { ProvisionRef } from './provisions.ts';
import { routes } from './routes.ts';

/**
 * What the service worker keeps (src/integrations/offline.ts writes it into dist/sw.js): pure functions
 * over the built site's file list and pages, so the choice is tested without a browser.
 */
export interface OfflinePlan {
  /** Changes with any byte of the built site: a new version makes the worker update its copies. */
  version: string;
  /** Saved when the worker installs: the newest directive and its recommendations in every language, and what they load. */
  core: string[];
  /** Per language, saved on the first page read in it: the search page and Pagefind's files for that language. */
  search: Record<Lang, string[]>;
}

/** The same-origin files a page loads (stylesheets, scripts, preloaded fonts, icons). */
export function pageAssets(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<(?:link|script)\b[^>]*?\b(?:href|src)="(\/[^"/][^"]*)"/g)) {
    const tag = match[0];
    const path = match[1] as string;
    if (/^<link/.test(tag) && !/rel="(?:stylesheet|preload|icon|manifest|modulepreload)"/.test(tag)) continue;
    found.add(path.split('#')[0] as string);
  }
  return [...found];
}

/** The pages saved at install: the directive, its side-by-side reader (when it has one) and each provision, in every language. */
export function directivePages(directiveId: string, provisions: readonly ProvisionRef[], sideBySide = true): string[] {
  return langs.flatMap((lang) => [
    routes.directive(lang, directiveId),
    ...(sideBySide ? [routes.sideBySide(lang, directiveId)] : []),
    ...provisions.map((ref) => routes.provision(lang, directiveId, ref)),
  ]);
}

/** Pagefind's files for one language, from its entry file and the built file list (`/pagefind/...`). */
export function pagefindFiles(entry: { languages: Record<string, { hash: string; wasm: string | null }> }, files: readonly string[], lang: Lang): string[] {
  const language = entry.languages[lang];
  if (!language) return [];
  const wanted = [
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-worker.js',
    '/pagefind/pagefind-entry.json',
    `/pagefind/wasm.${language.wasm ?? 'unknown'}.pagefind`,
    `/pagefind/pagefind.${language.hash}.pf_meta`,
  ];
  const chunks = files.filter((file) => new RegExp(`^/pagefind/(?:index|fragment|filter)/${lang}_[^/]+$`).test(file));
  return [...wanted.filter((file) => files.includes(file)), ...chunks];
}

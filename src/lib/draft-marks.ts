import type { Lang } from '../i18n/locales.ts';
import type { Atlas } from './atlas.ts';
import { routes } from './routes.ts';

/**
 * Where a preview shows drafts: the pages of draft directives, bodies and reference stubs, and the cards
 * of draft obligations. A page's HTML is marked where it shows one (a link to a draft's page, a draft
 * obligation's card) and the page gets a banner: no draft is ever shown without its mark, on any page,
 * without each component having to remember it.
 */
export interface DraftPlaces {
  /** Page paths (prefixes: a directive's provision pages lie under its path). */
  paths: string[];
  /** Ids of draft obligations, as their cards carry them (`data-obligation`). */
  obligations: string[];
}

const isDraft = (entry: { data: unknown }) => (entry.data as { review?: string }).review === 'draft';

export function draftPlaces(atlas: Atlas, lang: Lang): DraftPlaces {
  const directives = new Set(atlas.directives.filter(isDraft).map((entry) => entry.id));
  // A draft text or sentence file shows on its directive's pages.
  for (const entry of [...atlas.recommendations, ...atlas.sentences].filter(isDraft)) directives.add((entry.data as { directive: { id: string } }).directive.id);
  return {
    paths: [
      ...[...directives].map((id) => routes.directive(lang, id)),
      ...atlas.bodies.filter(isDraft).map((entry) => routes.body(lang, entry.id)),
      ...atlas.references.filter(isDraft).map((entry) => routes.reference(lang, entry.id)),
    ],
    obligations: atlas.obligations.filter(isDraft).map((entry) => entry.id),
  };
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The page's HTML with `data-draft="<label>"` on every link to a draft's page and every draft obligation's card; and how many it marked. */
export function markDrafts(html: string, places: DraftPlaces, label: string): { html: string; marked: number } {
  let marked = 0;
  const mark = escapeAttribute(label);
  const obligations = new Set(places.obligations);
  const out = html
    .replace(/<a\b([^>]*?)\shref="([^"]*)"/g, (tag, before: string, href: string) => {
      const path = href.replace(/^https?:\/\/[^/]+/, '').split('#')[0]!;
      if (!places.paths.some((prefix) => path.startsWith(prefix)) || /data-draft=/.test(before)) return tag;
      marked++;
      return `<a${before} data-draft="${mark}" href="${href}"`;
    })
    .replace(/<li\b([^>]*?)\sdata-obligation="([^"]*)"/g, (tag, before: string, id: string) => {
      if (!obligations.has(id)) return tag;
      marked++;
      return `<li${before} data-draft="${mark}" data-obligation="${id}"`;
    });
  return { html: out, marked };
}

/** True when the page at `path` is itself a draft's page (or one of its provisions). */
export const isDraftPage = (path: string, places: DraftPlaces) => places.paths.some((prefix) => path.startsWith(prefix));

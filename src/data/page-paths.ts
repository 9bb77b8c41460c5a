import { render, type CollectionEntry } from 'astro:content';
import { langs, type Lang } from '../i18n/locales.ts';
import { recommendationsOf, type Atlas, type RecommendationEntry } from '../lib/atlas.ts';
import { loadAtlas } from './load-atlas.ts';
import { provisionFolder } from '../lib/provisions.ts';
import { bodyPageCount } from '../lib/views/bodies.ts';
import { bodyParts } from '../lib/body-data.ts';
import { hasTwoTexts, shownTextLang } from '../lib/texts.ts';

/**
 * The `getStaticPaths` of every page type: each page gets its language and its view (built by a
 * tested function of src/lib/views/) as props, and only renders them.
 */
const site = () => new URL(import.meta.env.SITE);

/**
 * A page's props: its language, and its view built when the page renders (a getter), not when the paths
 * are listed. Astro keeps every page's props until the build ends: views held there (each with its
 * cards, citations and links) made the build's memory grow with the site.
 */
function pageProps<V>(lang: Lang, build: () => V): { lang: Lang; readonly view: V } {
  return {
    lang,
    get view() {
      return build();
    },
  };
}

/** A page that exists once per language. */
export async function languagePages<V>(view: (atlas: Atlas, lang: Lang, site: URL) => V) {
  const atlas = await loadAtlas();
  return langs.map((lang) => ({ params: { lang }, props: pageProps(lang, () => view(atlas, lang, site())) }));
}

type PagedCollection = 'directives' | 'bodies' | 'references' | 'themes' | 'instruments';

/** A page per language and entry of a collection, at `[lang]/<collection>/[id]` (only the entries `include` keeps, when given). */
export async function entryPages<V>(collection: PagedCollection, view: (atlas: Atlas, lang: Lang, id: string, site: URL) => V, include?: (atlas: Atlas, id: string) => boolean) {
  const atlas = await loadAtlas();
  const entries = atlas[collection].filter((entry) => include?.(atlas, entry.id) ?? true);
  return langs.flatMap((lang) => entries.map((entry) => ({ params: { lang, id: entry.id }, props: pageProps(lang, () => view(atlas, lang, entry.id, site())) })));
}

/** The side-by-side reader of every directive with two texts to set side by side. */
export const sideBySidePages = <V>(view: (atlas: Atlas, lang: Lang, id: string, site: URL) => V) => entryPages('directives', view, hasTwoTexts);

/**
 * A page per language and provision of every directive: `[lang]/directives/[id]/[units]/[number]`
 * (`recommendations/8`, `articles/5`). A document with no text in a language still has its pages there,
 * showing its own text under a notice (recommendationView).
 */
export async function provisionPages<V>(view: (atlas: Atlas, lang: Lang, directiveId: string, number: number, site: URL) => V) {
  const atlas = await loadAtlas();
  return langs.flatMap((lang) =>
    atlas.directives.flatMap((directive) =>
      recommendationsOf(atlas, directive.id, shownTextLang(atlas, directive.id, lang)).map((rec) => ({
        params: { lang, id: directive.id, units: provisionFolder(rec.data.unit), number: String(rec.data.number) },
        props: pageProps(lang, () => view(atlas, lang, directive.id, rec.data.number, site())),
      })),
    ),
  );
}

/** Renders a recommendation's Markdown (rendered once, when the content layer loads it): the atlas holds Astro's own entries, typed by what views use. */
export function renderText(entry: RecommendationEntry) {
  return render(entry as CollectionEntry<'recommendations'>);
}

/** The further pages of every body with more obligations than one page holds: `[lang]/bodies/[id]/page/[n]` (n from 2). */
export async function bodyPartPages<V>(view: (atlas: Atlas, lang: Lang, id: string, site: URL, page: number) => V) {
  const atlas = await loadAtlas();
  return langs.flatMap((lang) =>
    atlas.bodies.flatMap((body) =>
      Array.from({ length: bodyPageCount(atlas, body.id) - 1 }, (_, index) => index + 2).map((n) => ({
        params: { lang, id: body.id, n: String(n) },
        props: pageProps(lang, () => view(atlas, lang, body.id, site(), n)),
      })),
    ),
  );
}

/** The data files of every body's non-empty parts: `/data/bodies/[id]/[n].json` and `.csv`. */
export async function bodyDataPartPaths() {
  const atlas = await loadAtlas();
  return atlas.bodies.flatMap((body) =>
    bodyParts(atlas, body.id)
      .filter((part) => part.items.length > 0)
      .map((part) => ({ params: { id: body.id, n: String(part.number) } })),
  );
}

import type { CollectionEntry, CollectionKey } from 'astro:content';
import type { Lang } from '../i18n/locales.ts';
import { recommendationRef, type ProvisionRef } from './provisions.ts';
import { routes } from './routes.ts';

/**
 * The part of a content entry that derived views use: Astro's entry, with the file it came from
 * (for error messages) and, for texts, the Markdown body.
 */
export type Entry<C extends CollectionKey> = Pick<CollectionEntry<C>, 'id' | 'data'> & { filePath?: string | undefined; body?: string | undefined };
export type RecommendationEntry = Entry<'recommendations'>;
/** Any entry, whatever its collection, for rules that walk them all. */
export type AtlasEntry = Atlas[keyof Atlas][number];

/** Every collection of the site, as plain arrays. */
export interface Atlas {
  directives: Entry<'directives'>[];
  recommendations: RecommendationEntry[];
  obligations: Entry<'obligations'>[];
  bodies: Entry<'bodies'>[];
  references: Entry<'references'>[];
  instruments: Entry<'instruments'>[];
  themes: Entry<'themes'>[];
  /** The kinds of instrument (law, sub-decree, letter...) and the units of their texts. */
  kinds: Entry<'kinds'>[];
  /** Public follow-up reports on obligations (src/content/reports/). */
  reports: Entry<'reports'>[];
  /** Sentence boundaries of each directive's recommendations, both languages. */
  sentences: Entry<'sentences'>[];
}

export type ObligationEntry = Entry<'obligations'>;
export type BodyEntry = Entry<'bodies'>;
export type ReportEntry = Entry<'reports'>;
export type Actor = ObligationEntry['data']['actors'][number];

// Lookups are indexed once per array: a site of thousands of directives makes one lookup per page,
// and a scan per lookup would make the build quadratic (measured by scripts/bench-scale.ts).
const idIndexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

/** Looks an entry up by id, failing loudly: content validation guarantees every reference resolves. */
export function byId<T extends { id: string }>(entries: readonly T[], id: string): T {
  let index = idIndexes.get(entries);
  if (!index) {
    index = new Map(entries.map((entry) => [entry.id, entry]));
    idIndexes.set(entries, index);
  }
  const entry = index.get(id) as T | undefined;
  if (!entry) throw new Error(`No entry with id "${id}"`);
  return entry;
}

/** Groups entries by a key once per array, in their order. */
function groupedOnce<T>(cache: WeakMap<readonly T[], Map<string, T[]>>, entries: readonly T[], keyOf: (entry: T) => string, key: string): T[] {
  let groups = cache.get(entries);
  if (!groups) {
    groups = new Map();
    for (const entry of entries) {
      const group = groups.get(keyOf(entry));
      if (group) group.push(entry);
      else groups.set(keyOf(entry), [entry]);
    }
    cache.set(entries, groups);
  }
  return groups.get(key) ?? [];
}

/** Groups entries under each of their keys (an entry with several keys is in several groups), once per array. */
export function groupedByKeysOnce<T>(cache: WeakMap<readonly T[], Map<string, T[]>>, entries: readonly T[], keysOf: (entry: T) => readonly string[], key: string): T[] {
  let groups = cache.get(entries);
  if (!groups) {
    groups = new Map();
    for (const entry of entries) {
      for (const entryKey of new Set(keysOf(entry))) {
        const group = groups.get(entryKey);
        if (group) group.push(entry);
        else groups.set(entryKey, [entry]);
      }
    }
    cache.set(entries, groups);
  }
  return groups.get(key) ?? [];
}

const obligationsByDirective = new WeakMap<readonly ObligationEntry[], Map<string, ObligationEntry[]>>();
const recommendationsByDirective = new WeakMap<readonly RecommendationEntry[], Map<string, RecommendationEntry[]>>();

/** Obligations of a directive in reading order: by recommendation, then by obligation number. */
export function obligationsOf(atlas: Atlas, directiveId: string): ObligationEntry[] {
  return [...groupedOnce(obligationsByDirective, atlas.obligations, (obligation) => obligation.data.directive.id, directiveId)].sort(compareObligations);
}

/** Reading order of obligations: recommendation number, then the obligation number in the file name. */
export function compareObligations(a: ObligationEntry, b: ObligationEntry): number {
  return a.data.recommendation - b.data.recommendation || obligationNumber(a.id) - obligationNumber(b.id);
}

/** Order across directives: the newest directive first, then reading order within each. */
export function acrossDirectives(atlas: Atlas): (a: ObligationEntry, b: ObligationEntry) => number {
  const date = (obligation: ObligationEntry) => byId(atlas.directives, obligation.data.directive.id).data.date;
  return (a, b) => date(b).localeCompare(date(a)) || a.data.directive.id.localeCompare(b.data.directive.id) || compareObligations(a, b);
}

const sortedAcrossDirectives = new WeakMap<readonly ObligationEntry[], ObligationEntry[]>();

/**
 * Every obligation of the atlas in the order of acrossDirectives, sorted once per array: body, theme and
 * instrument pages each take a slice of it, and a sort per page made the build quadratic.
 */
export function obligationsAcrossDirectives(atlas: Atlas): readonly ObligationEntry[] {
  let sorted = sortedAcrossDirectives.get(atlas.obligations);
  if (!sorted) {
    sorted = [...atlas.obligations].sort(acrossDirectives(atlas));
    sortedAcrossDirectives.set(atlas.obligations, sorted);
  }
  return sorted;
}

export type SentencesEntry = Entry<'sentences'>;
const sentencesByDirective = new WeakMap<readonly SentencesEntry[], Map<string, SentencesEntry[]>>();

/** The stored sentence boundaries of a directive (src/content/sentences/), looked up in an index. */
export function sentencesOfDirective(atlas: Atlas, directiveId: string): SentencesEntry[] {
  return groupedOnce(sentencesByDirective, atlas.sentences, (entry) => entry.data.directive.id, directiveId);
}

/** The obligation's position within its recommendation, from its id (`.../r04-o2` -> 2). */
export function obligationNumber(id: string): number {
  return Number(/-o(\d+)$/.exec(id)?.[1] ?? 0);
}

/** The recommendations of a directive in one language, in order. */
export function recommendationsOf(atlas: Atlas, directiveId: string, lang: Lang): RecommendationEntry[] {
  return [...groupedOnce(recommendationsByDirective, atlas.recommendations, (rec) => `${rec.data.directive.id}/${rec.data.lang}`, `${directiveId}/${lang}`)].sort(
    (a, b) => a.data.number - b.data.number,
  );
}

const provisionsByDirective = new WeakMap<readonly RecommendationEntry[], Map<string, RecommendationEntry[]>>();

/**
 * The provision a text or obligation of a directive belongs to, by its number: its unit and chapter come
 * from the directive's text files (every language has the same ones, src/validation/document-rules.ts);
 * undefined for 0, the letter's introduction.
 */
export function provisionOf(atlas: Atlas, directiveId: string, number: number): ProvisionRef | undefined {
  if (number === 0) return undefined;
  const text = groupedOnce(provisionsByDirective, atlas.recommendations, (rec) => `${rec.data.directive.id}/${rec.data.number}`, `${directiveId}/${number}`)[0];
  if (!text) return recommendationRef(number);
  return { unit: text.data.unit, number, chapter: text.data.chapter };
}

/** Where an obligation is shown: its provision's page (or its directive's page, for the introduction), at its anchor. */
export function obligationPath(atlas: Atlas, lang: Lang, obligation: ObligationEntry): string {
  const { directive, recommendation } = obligation.data;
  return routes.obligation(lang, directive.id, provisionOf(atlas, directive.id, recommendation), obligation.id);
}

/** The page of a directive's provision `number`, or the directive's own page for its introduction (0). */
export function provisionPagePath(atlas: Atlas, lang: Lang, directiveId: string, number: number): string {
  const ref = provisionOf(atlas, directiveId, number);
  return ref === undefined ? routes.directive(lang, directiveId) : routes.provision(lang, directiveId, ref);
}

/** The provision a text file is: its unit, number and chapter. */
export const provisionOfText = (text: RecommendationEntry): ProvisionRef => ({ unit: text.data.unit, number: text.data.number, chapter: text.data.chapter });

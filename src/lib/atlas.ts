import type { CollectionEntry, CollectionKey } from 'astro:content';

/** The part of a content entry that derived views use; tests build these from the content files. */
export type Entry<C extends CollectionKey> = Pick<CollectionEntry<C>, 'id' | 'data'>;
export type RecommendationEntry = Entry<'recommendations'> & { body?: string | undefined };

/** Every collection of the site, as plain arrays. */
export interface Atlas {
  directives: Entry<'directives'>[];
  recommendations: RecommendationEntry[];
  obligations: Entry<'obligations'>[];
  bodies: Entry<'bodies'>[];
  references: Entry<'references'>[];
  instruments: Entry<'instruments'>[];
  themes: Entry<'themes'>[];
}

export type ObligationEntry = Entry<'obligations'>;
export type BodyEntry = Entry<'bodies'>;
export type Actor = ObligationEntry['data']['actors'][number];

/** Looks an entry up by id, failing loudly: content validation guarantees every reference resolves. */
export function byId<T extends { id: string }>(entries: readonly T[], id: string): T {
  const entry = entries.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`No entry with id "${id}"`);
  return entry;
}

/** Obligations of a directive in reading order: by recommendation, then by obligation number. */
export function obligationsOf(atlas: Atlas, directiveId: string): ObligationEntry[] {
  return atlas.obligations
    .filter((obligation) => obligation.data.directive.id === directiveId)
    .sort(compareObligations);
}

/** Reading order of obligations: recommendation number, then the obligation number in the file name. */
export function compareObligations(a: ObligationEntry, b: ObligationEntry): number {
  return a.data.recommendation - b.data.recommendation || obligationNumber(a.id) - obligationNumber(b.id);
}

/** The obligation's position within its recommendation, from its id (`.../r04-o2` -> 2). */
export function obligationNumber(id: string): number {
  return Number(/-o(\d+)$/.exec(id)?.[1] ?? 0);
}

/** The recommendations of a directive in one language, in order. */
export function recommendationsOf(atlas: Atlas, directiveId: string, lang: 'en' | 'km'): RecommendationEntry[] {
  return atlas.recommendations
    .filter((rec) => rec.data.directive.id === directiveId && rec.data.lang === lang)
    .sort((a, b) => a.data.number - b.data.number);
}

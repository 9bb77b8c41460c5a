import type { RelationType } from '../schemas/relation.ts';
import { byId, type Atlas, type Entry } from './atlas.ts';

/** Where a directive cites a reference: the directive and the 1-based position in its list. */
export interface Citation {
  directive: Entry<'directives'>;
  position: number;
}

/** Which directives cite a reference, and where ("cited by" is derived, never stored). */
export function citationsOf(atlas: Atlas, referenceId: string): Citation[] {
  return atlas.directives.flatMap((directive) => directive.data.references.flatMap((line, index) => (line.reference.id === referenceId ? [{ directive, position: index + 1 }] : [])));
}

/** A document of the atlas: a directive we hold, or a cited document known only as a stub (a reference). */
export interface DocumentRef {
  collection: 'directives' | 'references';
  id: string;
}

/** One relation between two documents, with the date it takes effect (the relation's, else its document's). */
export interface DocumentRelation {
  type: RelationType;
  from: DocumentRef;
  to: DocumentRef;
  date: string;
  /** The provision of `from` that makes it (`rec-3`, `art_5`), when known. */
  provision?: string;
  /** True for a citation printed in the letter's reference lines, which the letter itself shows. */
  printed: boolean;
}

const dateOf = (atlas: Atlas, ref: DocumentRef) => (ref.collection === 'directives' ? byId(atlas.directives, ref.id).data.date : byId(atlas.references, ref.id).data.date);

// Keyed on both arrays that relations come from: a copy of the atlas with other references gets its own.
const relationsCache = new WeakMap<readonly unknown[], WeakMap<readonly unknown[], DocumentRelation[]>>();

/** Every relation of the atlas, once per atlas: reference lines as `cites`, then each document's own relations. */
export function allRelations(atlas: Atlas): readonly DocumentRelation[] {
  let byReferences = relationsCache.get(atlas.directives);
  if (!byReferences) relationsCache.set(atlas.directives, (byReferences = new WeakMap()));
  let found = byReferences.get(atlas.references);
  if (found) return found;
  found = [];
  const directiveIds = new Set(atlas.directives.map((directive) => directive.id));
  // A document is a directive first (it may have been a stub before its text was entered), else a reference.
  const refOf = (id: string): DocumentRef => (directiveIds.has(id) ? { collection: 'directives', id } : { collection: 'references', id });
  const own = [
    ...atlas.directives.map((directive) => ({ from: { collection: 'directives' as const, id: directive.id }, relations: directive.data.relations })),
    ...atlas.references
      .filter((reference) => !directiveIds.has(reference.id))
      .map((reference) => ({ from: { collection: 'references' as const, id: reference.id }, relations: reference.data.relations })),
  ];
  for (const directive of atlas.directives) {
    const from = { collection: 'directives' as const, id: directive.id };
    for (const line of directive.data.references) found.push({ type: 'cites', from, to: refOf(line.reference.id), date: directive.data.date, printed: true });
  }
  for (const { from, relations } of own) {
    for (const relation of relations) {
      found.push({
        type: relation.type,
        from,
        to: refOf(relation.document),
        date: relation.date ?? dateOf(atlas, from),
        ...(relation.provision ? { provision: relation.provision } : {}),
        printed: false,
      });
    }
  }
  byReferences.set(atlas.references, found);
  return found;
}

/** What a document does to others (cites, implements, amends, repeals, replaces), in its order. */
export function relationsFrom(atlas: Atlas, id: string): DocumentRelation[] {
  return allRelations(atlas).filter((relation) => relation.from.id === id);
}

/** What other documents do to this one, oldest first: what cites, implements, amends, repeals or replaces it. */
export function relationsTo(atlas: Atlas, id: string): DocumentRelation[] {
  return allRelations(atlas)
    .filter((relation) => relation.to.id === id)
    .sort((a, b) => a.date.localeCompare(b.date) || a.from.id.localeCompare(b.from.id));
}

/** A dated document on the timeline around a directive. */
export interface TimelineItem {
  date: string;
  kind: 'directive' | 'reference';
  id: string;
}

/**
 * The directive and every dated document it relates to, either way (what it cites, implements, amends,
 * and what cites or changes it), oldest first; on a tie, the directive itself last.
 */
export function documentTimeline(atlas: Atlas, directiveId: string): TimelineItem[] {
  const directive = byId(atlas.directives, directiveId);
  const related = new Map<string, DocumentRef>();
  for (const relation of relationsFrom(atlas, directiveId)) related.set(relation.to.id, relation.to);
  for (const relation of relationsTo(atlas, directiveId)) related.set(relation.from.id, relation.from);
  related.delete(directiveId);
  const items: TimelineItem[] = [...related.values()].map((ref) => ({ date: dateOf(atlas, ref), kind: ref.collection === 'directives' ? 'directive' : 'reference', id: ref.id }));
  const self: TimelineItem = { date: directive.data.date, kind: 'directive', id: directive.id };
  return [...items, self].sort((a, b) => a.date.localeCompare(b.date) || (a === self ? 1 : b === self ? -1 : 0));
}

/** How a body appears in the framing of a letter (not in obligations). */
export type Appearance = 'issuer' | 'sender' | 'signatory' | 'addressee' | 'instructed' | 'copy' | 'reference-issuer';

/** Every place a directive's framing names a body: issuer, sender, addressee, Copy to, cited documents. */
export function appearancesOf(atlas: Atlas, bodyId: string): { directive: Entry<'directives'>; appearance: Appearance }[] {
  const found: { directive: Entry<'directives'>; appearance: Appearance }[] = [];
  for (const directive of atlas.directives) {
    const data = directive.data;
    const add = (appearance: Appearance) => found.push({ directive, appearance });
    if (data.issuer.id === bodyId) add('issuer');
    if (data.sender.body.id === bodyId) add('sender');
    if (data.signature.signatory.id === bodyId) add('signatory');
    if (data.addressee?.body?.id === bodyId) add('addressee');
    if (data.addressedTo.some((body) => body.id === bodyId)) add('instructed');
    if (data.copyTo.some((line) => line.body?.id === bodyId)) add('copy');
    if (data.references.some((line) => byId(atlas.references, line.reference.id).data.issuer.id === bodyId)) add('reference-issuer');
  }
  return found;
}

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

/** A dated document on the timeline around a directive. */
export interface TimelineItem {
  date: string;
  kind: 'directive' | 'reference';
  id: string;
}

/** The directive and every dated document it cites, oldest first (the directive last on a tie). */
export function documentTimeline(atlas: Atlas, directiveId: string): TimelineItem[] {
  const directive = byId(atlas.directives, directiveId);
  const items: TimelineItem[] = directive.data.references.map((line) => {
    const reference = byId(atlas.references, line.reference.id);
    return { date: reference.data.date, kind: 'reference', id: reference.id };
  });
  items.push({ date: directive.data.date, kind: 'directive', id: directive.id });
  return items.sort((a, b) => a.date.localeCompare(b.date) || (a.kind === 'directive' ? 1 : b.kind === 'directive' ? -1 : 0));
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
    if (data.addressee.body?.id === bodyId) add('addressee');
    if (data.addressedTo.some((body) => body.id === bodyId)) add('instructed');
    if (data.copyTo.some((line) => line.body?.id === bodyId)) add('copy');
    if (data.references.some((line) => byId(atlas.references, line.reference.id).data.issuer.id === bodyId)) add('reference-issuer');
  }
  return found;
}

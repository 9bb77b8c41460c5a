import { t, type UiKey } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/locales.ts';
import type { RelationType } from '../../schemas/relation.ts';
import type { Atlas } from '../atlas.ts';
import { directiveName, referenceName } from '../cite-subjects.ts';
import { relationsFrom, relationsTo, type DocumentRef } from '../documents.ts';
import { formatDate } from '../khmer.ts';
import { provisionLabel } from '../provisions.ts';
import { routes } from '../routes.ts';
import type { Link } from './shared.ts';

/** A relation as a document's page lists it: "Amends Sub-decree No. 12 (by Article 3), 1 March 2025". */
export interface RelationLine {
  label: string;
  document: Link;
  date: string;
  dateText: string;
  /** The provision that makes the relation, on the page of the document that holds it. */
  provision?: Link;
}

const inverse: Record<RelationType, UiKey> = {
  cites: 'relation.citedBy',
  implements: 'relation.implementedBy',
  amends: 'relation.amendedBy',
  repeals: 'relation.repealedBy',
  replaces: 'relation.replacedBy',
};

const documentLink = (atlas: Atlas, lang: Lang, ref: DocumentRef): Link =>
  ref.collection === 'directives'
    ? { name: directiveName(atlas, lang, ref.id), href: routes.directive(lang, ref.id) }
    : { name: referenceName(atlas, lang, ref.id), href: routes.reference(lang, ref.id) };

/** The provision of `ref` that makes a relation, linked where the document's text is held. */
function provisionLink(lang: Lang, ref: DocumentRef, anchor: string | undefined): Link | undefined {
  if (!anchor) return undefined;
  const name = t(lang, 'relations.fromProvision', { provision: provisionLabel(lang, anchor) });
  return { name, href: ref.collection === 'directives' ? `${routes.directive(lang, ref.id)}#${anchor}` : routes.reference(lang, ref.id) };
}

/**
 * What a document does to others and what others do to it, for its page: its own relations first, in its
 * order, then the others' oldest first. The citations a letter prints are on the letter already, and a
 * stub's page lists what cites it under "Cited by": `printed` says whether to list them here too.
 */
export function relationLines(atlas: Atlas, lang: Lang, documentId: string, printed: { outgoing: boolean; incoming: boolean }): RelationLine[] {
  const outgoing = relationsFrom(atlas, documentId)
    .filter((relation) => printed.outgoing || !relation.printed)
    .map((relation) => ({
      label: t(lang, `relation.${relation.type}`),
      document: documentLink(atlas, lang, relation.to),
      date: relation.date,
      dateText: formatDate(lang, relation.date),
      ...(relation.provision ? { provision: provisionLink(lang, relation.from, relation.provision)! } : {}),
    }));
  const incoming = relationsTo(atlas, documentId)
    .filter((relation) => printed.incoming || !relation.printed)
    .map((relation) => ({
      label: t(lang, inverse[relation.type]),
      document: documentLink(atlas, lang, relation.from),
      date: relation.date,
      dateText: formatDate(lang, relation.date),
      ...(relation.provision ? { provision: provisionLink(lang, relation.from, relation.provision)! } : {}),
    }));
  return [...outgoing, ...incoming];
}

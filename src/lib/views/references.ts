import type { Lang } from '../../i18n/locales.ts';
import { byId, type Atlas } from '../atlas.ts';
import { directiveName, referenceCitation, referenceName } from '../cite-subjects.ts';
import { citationsOf, documentTimeline } from '../documents.ts';
import { relationLines } from './relations.ts';
import { webPageJsonLd } from '../json-ld.ts';
import { pick, textIn } from '../localize.ts';
import { anchors, routes } from '../routes.ts';
import { bodyLink } from './shared.ts';

/** Cited documents, oldest first. */
export function referencesView(atlas: Atlas, lang: Lang) {
  return {
    references: [...atlas.references]
      .sort((a, b) => a.data.date.localeCompare(b.data.date))
      .map((reference) => ({
        name: referenceName(atlas, lang, reference.id),
        href: routes.reference(lang, reference.id),
        title: pick(reference.data.title, lang),
        date: reference.data.date,
        issuer: bodyLink(atlas, lang, reference.data.issuer.id).name,
      })),
  };
}

export function referenceView(atlas: Atlas, lang: Lang, referenceId: string, site: URL) {
  const reference = byId(atlas.references, referenceId);
  const name = referenceName(atlas, lang, referenceId);
  const citations = citationsOf(atlas, referenceId);
  const label = (item: { kind: 'directive' | 'reference'; id: string }) => (item.kind === 'directive' ? directiveName(atlas, lang, item.id) : referenceName(atlas, lang, item.id));
  const href = (item: { kind: 'directive' | 'reference'; id: string }) => (item.kind === 'directive' ? routes.directive(lang, item.id) : routes.reference(lang, item.id));
  return {
    id: referenceId,
    name,
    jsonLd: webPageJsonLd(lang, name, routes.reference(lang, referenceId), site),
    title: pick(reference.data.title, lang),
    // Numbers exactly as the document writes them, in both languages.
    number: reference.data.number,
    date: reference.data.date,
    issuer: bodyLink(atlas, lang, reference.data.issuer.id),
    kind: pick(byId(atlas.kinds, reference.data.kind.id).data.name, lang),
    citation: referenceCitation(atlas, lang, referenceId, site),
    /** What the stub is known to do to other documents and what they do to it; what cites it is under "Cited by". */
    relations: relationLines(atlas, lang, referenceId, { outgoing: true, incoming: false }),
    citedBy: citations.map((citation) => ({
      href: `${routes.directive(lang, citation.directive.id)}#${anchors.reference(citation.position)}`,
      directive: directiveName(atlas, lang, citation.directive.id),
      position: citation.position,
      line: citation.directive.data.references[citation.position - 1] ? textIn(citation.directive.data.references[citation.position - 1]!.text, lang) : undefined,
    })),
    // At most three timelines: a reference cited by many directives would otherwise make a very long page.
    timelines: citations.slice(0, 3).map((citation) => ({
      id: `timeline-${citation.directive.id}`,
      directive: directiveName(atlas, lang, citation.directive.id),
      items: documentTimeline(atlas, citation.directive.id).map((item) => ({ date: item.date, name: label(item), href: href(item), current: item.kind === 'reference' && item.id === referenceId })),
    })),
  };
}

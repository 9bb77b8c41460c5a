import { t } from '../i18n/index.ts';
import { localeOf, translatedLang, type Lang } from '../i18n/locales.ts';
import { byId, obligationPath, obligationNumber, provisionOf, recommendationsOf, type Atlas } from './atlas.ts';
import { provisionInline, provisionTitle, recommendationRef, unitNoun } from './provisions.ts';
import type { CitationSubject } from './citation.ts';
import { formatDate, localizeDigits } from './khmer.ts';
import { pick } from './localize.ts';
import { plainText } from './plain-text.ts';
import { citeNote, shownTextLang } from './texts.ts';
import { anchors, routes } from './routes.ts';

/** What part of a directive is cited. */
export type DirectivePart =
  | { kind: 'whole' }
  | { kind: 'recommendation'; number: number }
  | { kind: 'paragraph'; number: number; paragraph: number }
  | { kind: 'sentence'; number: number; sentence: string }
  | { kind: 'letterSentence'; part: 'intro' | 'closing'; sentence: string }
  | { kind: 'intro' | 'closing' | 'copy-to' };

/** A directive's kind in the reader's language: "Letter", "អនុក្រឹត្យ". */
export function kindName(atlas: Atlas, lang: Lang, directiveId: string): string {
  return pick(byId(atlas.kinds, byId(atlas.directives, directiveId).data.kind.id).data.name, lang);
}

/**
 * The words that name a provision of a directive in UI strings: `{provision}` ("article 5" in running
 * text, "Article 5" as a title), `{unit}`/`{units}` ("article", "articles") and `{document}` ("sub-decree").
 */
export function provisionWords(atlas: Atlas, lang: Lang, directiveId: string, number: number, style: 'inline' | 'title' = 'inline') {
  const ref = provisionOf(atlas, directiveId, number) ?? recommendationRef(number);
  const kind = kindName(atlas, lang, directiveId);
  return {
    provision: style === 'title' ? provisionTitle(lang, ref) : provisionInline(lang, ref),
    unit: unitNoun(lang, ref.unit),
    units: unitNoun(lang, ref.unit, true),
    document: lang === 'en' ? kind.toLowerCase() : kind,
  };
}

/** A provision's name as a title ("Article 5"), or "Introduction" for 0, the letter's introduction. */
export function provisionName(atlas: Atlas, lang: Lang, directiveId: string, number: number): string {
  const ref = provisionOf(atlas, directiveId, number);
  return ref === undefined ? t(lang, 'directive.introPart') : provisionTitle(lang, ref);
}

/** The words of a directive's provisions before any is named (its matrix, its list): `{unit}`, `{units}`, `{document}`. */
export function unitWords(atlas: Atlas, lang: Lang, directiveId: string) {
  const first = (recommendationsOf(atlas, directiveId, 'en')[0] ?? recommendationsOf(atlas, directiveId, 'km')[0])?.data.number ?? 1;
  const { unit, units, document } = provisionWords(atlas, lang, directiveId, first);
  return { unit, units, document };
}

/** A directive's short name for titles and citations: "Letter No. 265 SCN.PB", "Sub-decree No. 12". */
export function directiveName(atlas: Atlas, lang: Lang, directiveId: string): string {
  return t(lang, 'directive.short', { kind: kindName(atlas, lang, directiveId), number: byId(atlas.directives, directiveId).data.number });
}

/** The citation of a directive or of one part of it, with its permalink. */
export function directiveCitation(atlas: Atlas, lang: Lang, directiveId: string, part: DirectivePart, site: URL): CitationSubject {
  const directive = byId(atlas.directives, directiveId);
  const issuer = byId(atlas.bodies, directive.data.issuer.id);
  const base = routes.directive(lang, directiveId);
  let path = base;
  let partText: string | undefined;
  let key = directiveId;
  const ref = (number: number) => provisionOf(atlas, directiveId, number) ?? recommendationRef(number);
  switch (part.kind) {
    case 'recommendation':
      path = routes.provision(lang, directiveId, ref(part.number));
      partText = t(lang, 'cite.recommendation', provisionWords(atlas, lang, directiveId, part.number));
      key = `${directiveId}-${anchors.provision(ref(part.number))}`;
      break;
    case 'paragraph':
      path = `${base}#${anchors.provisionParagraph(ref(part.number), part.paragraph)}`;
      partText = t(lang, 'cite.paragraph', { ...provisionWords(atlas, lang, directiveId, part.number), paragraph: part.paragraph });
      key = `${directiveId}-${anchors.provisionParagraph(ref(part.number), part.paragraph)}`;
      break;
    case 'sentence':
      path = `${routes.provision(lang, directiveId, ref(part.number))}#${anchors.provisionSentence(ref(part.number), part.sentence)}`;
      partText = t(lang, 'cite.sentence', { ...provisionWords(atlas, lang, directiveId, part.number), sentence: Number(part.sentence.slice(1)) });
      key = `${directiveId}-${anchors.provisionSentence(ref(part.number), part.sentence)}`;
      break;
    case 'letterSentence':
      path = `${base}#${anchors.letterSentence(part.part, part.sentence)}`;
      partText = t(lang, 'cite.partSentence', { part: t(lang, part.part === 'intro' ? 'cite.intro' : 'cite.closing'), sentence: Number(part.sentence.slice(1)) });
      key = `${directiveId}-${anchors.letterSentence(part.part, part.sentence)}`;
      break;
    case 'intro':
    case 'closing':
    case 'copy-to': {
      const anchor = part.kind === 'intro' ? anchors.intro : part.kind === 'closing' ? anchors.closing : anchors.copyTo;
      path = `${base}#${anchor}`;
      partText = t(lang, part.kind === 'intro' ? 'cite.intro' : part.kind === 'closing' ? 'cite.closing' : 'cite.copyTo');
      key = `${directiveId}-${anchor}`;
      break;
    }
    case 'whole':
      break;
  }
  return {
    key,
    author: pick(issuer.data.name, lang),
    document: directiveName(atlas, lang, directiveId),
    number: directive.data.number,
    title: plainText(pick(directive.data.subject, lang)),
    date: directive.data.date,
    dateText: formatDate(lang, directive.data.date),
    part: partText,
    url: new URL(path, site).href,
    // The language of the words cited: a Khmer original's English page cites its Khmer.
    language: localeOf(shownTextLang(atlas, directiveId, lang)).tag,
    note: citeNote(atlas, directiveId, lang),
    publisher: t(lang, 'site.name'),
  };
}

/** A cited reference document's name: "Letter No. 298 BT." or "Notes". */
export function referenceName(atlas: Atlas, lang: Lang, referenceId: string): string {
  const reference = byId(atlas.references, referenceId);
  const kind = pick(byId(atlas.kinds, reference.data.kind.id).data.name, lang);
  return reference.data.number ? `${kind}${t(lang, 'reference.numberPart', { number: reference.data.number })}` : kind;
}

/** The citation of a cited reference document, pointing to its page here. */
export function referenceCitation(atlas: Atlas, lang: Lang, referenceId: string, site: URL): CitationSubject {
  const reference = byId(atlas.references, referenceId);
  const issuer = byId(atlas.bodies, reference.data.issuer.id);
  return {
    key: referenceId,
    author: pick(issuer.data.name, lang),
    document: referenceName(atlas, lang, referenceId),
    number: reference.data.number,
    title: pick(reference.data.title, lang),
    date: reference.data.date,
    dateText: formatDate(lang, reference.data.date),
    url: new URL(routes.reference(lang, referenceId), site).href,
    language: localeOf(lang).tag,
    // A stub's page is our description of it: its Khmer is ours.
    note: lang === translatedLang ? t(lang, 'cite.ours', { language: t(lang, 'language.km') }) : undefined,
    publisher: t(lang, 'site.name'),
  };
}

/**
 * The citation of one obligation: the letter, the obligation's number ("obligation 4.2") and its
 * permalink, the obligation's anchor on its recommendation's page (or on the directive's page for the
 * introduction).
 */
export function obligationCitation(atlas: Atlas, lang: Lang, obligationId: string, site: URL): CitationSubject {
  const obligation = byId(atlas.obligations, obligationId);
  const directiveId = obligation.data.directive.id;
  const whole = directiveCitation(atlas, lang, directiveId, { kind: 'whole' }, site);
  const number = localizeDigits(lang, `${obligation.data.recommendation}.${obligationNumber(obligationId)}`);
  return {
    ...whole,
    key: `${directiveId}-obl-${obligationId.split('/').pop() ?? obligationId}`,
    part: t(lang, obligation.data.recommendation === 0 ? 'cite.obligationIntro' : 'cite.obligation', { number }),
    url: new URL(obligationPath(atlas, lang, obligation), site).href,
  };
}

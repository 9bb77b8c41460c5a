import { byId, obligationsOf, provisionOf, recommendationsOf, type Atlas, type RecommendationEntry } from './atlas.ts';
import { provisionAnchor, provisionParagraphAnchor } from './provisions.ts';
import { escapeHtml } from './inline-markup.ts';
import { pick } from './localize.ts';
import { plainText } from './plain-text.ts';
import { reportsOfObligations } from './follow-up.ts';
import { directiveName, referenceName } from './cite-subjects.ts';
import { relationsFrom, relationsTo, type DocumentRef } from './documents.ts';
import { anchors, routes } from './routes.ts';
import { shownTextLang } from './texts.ts';
import type { Lang } from '../i18n/locales.ts';

/** Our namespace for the follow-up record inside <otherAnalysis>, which Akoma Ntoso leaves to other vocabularies. */
export const FOLLOW_UP_NAMESPACE = 'urn:directive-atlas:follow-up:1';
/** Our namespace for how documents act on each other (implements, amends, repeals, replaces), in <otherAnalysis> too. */
export const RELATIONS_NAMESPACE = 'urn:directive-atlas:relations:1';

const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
const xml = (text: string) => escapeHtml(text);

/**
 * The directive as an Akoma Ntoso 3.0 `doc` named by its kind (`letter`), English expression where it has an English text (else its Khmer, `khm`). The eIds are the
 * page's anchors, so `#rec-4-p1` means the same paragraph in the XML and on the web page.
 */
/** Akoma Ntoso's element of each unit: a recommendation is a <paragraph> of the letter's body. */
const aknElement = { article: 'article', point: 'point', recommendation: 'paragraph' } as const;

/**
 * The body of the text: each provision with its eId (the page's anchor) and its first paragraph, the
 * articles of a text in chapters inside their <chapter>.
 */
function aknProvisions(atlas: Atlas, directiveId: string, texts: readonly RecommendationEntry[], textLang: Lang): string {
  const chapters = byId(atlas.directives, directiveId).data.chapters;
  const lines: string[] = [];
  let openChapter: number | undefined;
  for (const text of texts) {
    const ref = { unit: text.data.unit, number: text.data.number, chapter: text.data.chapter };
    const element = aknElement[ref.unit as keyof typeof aknElement] ?? 'hcontainer';
    const indent = ref.chapter === undefined ? '      ' : '        ';
    if (ref.chapter !== openChapter) {
      if (openChapter !== undefined) lines.push('      </chapter>');
      if (ref.chapter !== undefined) {
        const title = chapters.find((chapter) => chapter.number === ref.chapter)?.title;
        const heading = title && pick(title, textLang);
        lines.push(
          `      <chapter eId="${provisionAnchor({ unit: 'chapter', number: ref.chapter })}">`,
          `        <num>${ref.chapter}</num>`,
          ...(heading ? [`        <heading>${xml(plainText(heading))}</heading>`] : []),
        );
      }
      openChapter = ref.chapter;
    }
    lines.push(
      `${indent}<${element} eId="${provisionAnchor(ref)}">`,
      `${indent}  <num>${ref.number}.</num>`,
      `${indent}  <content>`,
      `${indent}    <p eId="${provisionParagraphAnchor(ref, 1)}">${xml(plainText(text.body ?? ''))}</p>`,
      `${indent}  </content>`,
      `${indent}</${element}>`,
    );
  }
  if (openChapter !== undefined) lines.push('      </chapter>');
  return lines.join('\n');
}

export function aknDocument(atlas: Atlas, directiveId: string, site: URL): string {
  const directive = byId(atlas.directives, directiveId);
  const d = directive.data;
  const issuer = byId(atlas.bodies, d.issuer.id);
  const signatory = byId(atlas.bodies, d.signature.signatory.id);
  const url = (path: string) => xml(new URL(path, site).href);
  // The document's kind names its <doc> and its work: `letter` for letter No. 265 SCN.PB.
  const kind = d.kind.id;
  const work = `/akn/kh/doc/${kind}/${d.date}/${directiveId}`;
  // The English expression where the document has an English text, else the expression of its own text
  // (a Khmer original nobody translated: `khm`); names of bodies and links stay the English site's.
  const textLang = shownTextLang(atlas, directiveId, 'en');
  const expression = textLang === 'en' ? 'eng' : 'khm';
  const recommendations = aknProvisions(atlas, directiveId, recommendationsOf(atlas, directiveId, textLang), textLang);
  const references = d.references
    .map(
      (line, index) =>
        `        <item eId="${anchors.reference(index + 1)}"><p><ref href="${url(routes.reference('en', line.reference.id))}">${xml(plainText(pick(line.text, textLang)))}</ref></p></item>`,
    )
    .join('\n');
  // Follow-up reports are analysis of the document, not events of its life (<lifecycle> records versions
  // of the text): they go in <analysis><otherAnalysis>, in our own namespace, each naming the eIds of the
  // obligations it speaks to (the obligation anchors of the web page).
  const reports = reportsOfObligations(
    atlas,
    obligationsOf(atlas, directiveId).map((obligation) => obligation.id),
  );
  // The paragraph an obligation stands in: its recommendation, or the introduction (recommendation 0).
  const paragraphOf = (obligationId: string) => {
    const number = byId(atlas.obligations, obligationId).data.recommendation;
    const ref = provisionOf(atlas, directiveId, number);
    return `#${ref === undefined ? anchors.intro : provisionAnchor(ref)}`;
  };
  // Documents it cites or acts on are <activeRef>s of <references>, those acting on it <passiveRef>s; what
  // each relation is (Akoma Ntoso's modifications need the exact textual change, which we do not record)
  // goes in <otherAnalysis>, in our namespace, pointing at those refs.
  const refElement = (ref: DocumentRef) => ({
    eId: `doc-${ref.id}`,
    href: url(ref.collection === 'directives' ? routes.directive('en', ref.id) : routes.reference('en', ref.id)),
    showAs: xml(ref.collection === 'directives' ? directiveName(atlas, 'en', ref.id) : referenceName(atlas, 'en', ref.id)),
  });
  const outgoing = relationsFrom(atlas, directiveId);
  const incoming = relationsTo(atlas, directiveId);
  const refLines = new Map<string, string>();
  for (const relation of outgoing) {
    const ref = refElement(relation.to);
    refLines.set(ref.eId, `        <activeRef eId="${ref.eId}" href="${ref.href}" showAs="${ref.showAs}"/>`);
  }
  for (const relation of incoming) {
    const ref = refElement(relation.from);
    if (!refLines.has(ref.eId)) refLines.set(ref.eId, `        <passiveRef eId="${ref.eId}" href="${ref.href}" showAs="${ref.showAs}"/>`);
  }
  const relationLines = [
    ...outgoing.filter((relation) => !relation.printed).map((relation) => ({ relation, direction: 'active', other: relation.to })),
    ...incoming.map((relation) => ({ relation, direction: 'passive', other: relation.from })),
  ].map(
    ({ relation, direction, other }) =>
      `          <rel:relation xmlns:rel="${RELATIONS_NAMESPACE}" type="${relation.type}" direction="${direction}" refersTo="#doc-${xml(other.id)}" date="${relation.date}"${relation.provision ? ` provision="${xml(relation.provision)}"` : ''}/>`,
  );
  const reportLines = reports.map(
    (
      report,
    ) => `          <fu:report xmlns:fu="${FOLLOW_UP_NAMESPACE}" id="${xml(report.id)}" state="${report.data.state}" published="${report.data.published}" retrieved="${report.data.retrieved}" href="${xml(report.data.url)}" publisher="${xml(report.data.publisher)}" obligations="${report.data.obligations.map((obligation) => xml(obligation.id)).join(' ')}" refersTo="${[...new Set(report.data.obligations.map((obligation) => paragraphOf(obligation.id)))].join(' ')}">
            <fu:quote xml:lang="${report.data.language}">${xml(report.data.quote)}</fu:quote>
          </fu:report>`,
  );
  const analysisLines = [...relationLines, ...reportLines];
  const analysis =
    analysisLines.length === 0
      ? ''
      : `      <analysis source="#directive-atlas">
        <otherAnalysis source="#directive-atlas">
${analysisLines.join('\n')}
        </otherAnalysis>
      </analysis>
`;
  const copyTo = d.copyTo.map((line, index) => `        <item eId="${anchors.copyTo}-${index + 1}"><p>${xml(pick(line.text, textLang))}</p></item>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="${AKN_NAMESPACE}">
  <doc name="${kind}">
    <meta>
      <identification source="#directive-atlas">
        <FRBRWork>
          <FRBRthis value="${work}/!main"/>
          <FRBRuri value="${work}"/>
          <FRBRdate date="${d.date}" name="signature"/>
          <FRBRauthor href="#${issuer.id}"/>
          <FRBRcountry value="kh"/>
          <FRBRnumber value="${xml(d.number)}"/>
        </FRBRWork>
        <FRBRExpression>
          <FRBRthis value="${work}/${expression}@/!main"/>
          <FRBRuri value="${work}/${expression}@"/>
          <FRBRdate date="${d.date}" name="signature"/>
          <FRBRauthor href="#${issuer.id}"/>
          <FRBRlanguage language="${expression}"/>
        </FRBRExpression>
        <FRBRManifestation>
          <FRBRthis value="${work}/${expression}@/!main.xml"/>
          <FRBRuri value="${work}/${expression}@.akn"/>
          <FRBRdate date="${d.date}" name="signature"/>
          <FRBRauthor href="#directive-atlas"/>
        </FRBRManifestation>
      </identification>
${analysis}      <references source="#directive-atlas">
        <TLCOrganization eId="${issuer.id}" href="${url(routes.body('en', issuer.id))}" showAs="${xml(issuer.data.name.en)}"/>
        <TLCPerson eId="${signatory.id}" href="${url(routes.body('en', signatory.id))}" showAs="${xml(pick(d.signature.name, textLang))}"/>
        <TLCOrganization eId="directive-atlas" href="${url('/')}" showAs="Directive Atlas"/>
${[...refLines.values()].map((line) => `${line}\n`).join('')}      </references>
    </meta>
    <preface>
${d.letterhead.map((line) => `      <p class="letterhead">${xml(pick(line, textLang))}</p>`).join('\n')}
      <p class="issuer"><docAuthority>${xml(issuer.data.name.en)}</docAuthority></p>
      <p>No.: <docNumber>${xml(d.number)}</docNumber></p>
      <p>${xml(pick(d.place, textLang))}, <docDate date="${d.date}">${xml(d.date)}</docDate></p>
      <p class="sender">${xml(pick(d.sender.title, textLang))}</p>
${d.addressee ? `      <p class="addressee">${xml(pick(d.addressee.text, textLang))}</p>\n` : ''}    </preface>
    <mainBody>
      <p eId="${anchors.subject}">Subject: <docTitle>${xml(plainText(pick(d.subject, textLang)))}</docTitle></p>
      <blockList eId="references">
${references}
      </blockList>
      <p eId="${anchors.intro}">${xml(pick(d.intro, textLang))}</p>
${recommendations}
      <p eId="${anchors.closing}">${xml(pick(d.closing, textLang))}</p>
    </mainBody>
    <conclusions>
      <p eId="${anchors.signature}">${xml(plainText(pick(d.signature.block, textLang)))} ${xml(pick(d.signature.mark, textLang))} <signature><person refersTo="#${signatory.id}">${xml(pick(d.signature.name, textLang))}</person></signature></p>
      <blockList eId="${anchors.copyTo}">
${copyTo}
      </blockList>
    </conclusions>
  </doc>
</akomaNtoso>
`;
}

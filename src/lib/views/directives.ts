import { t } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/locales.ts';
import type { Role } from '../../schemas/obligation.ts';
import { byId, obligationsOf, provisionOf, recommendationsOf, sentencesOfDirective, type Atlas, type RecommendationEntry } from '../atlas.ts';
import { provisionAnchor, provisionInline, provisionParagraphAnchor, provisionSentenceAnchor, provisionTitle, recommendationRef, type ProvisionRef } from '../provisions.ts';
import type { CitationSubject } from '../citation.ts';
import { directiveCitation, directiveName, kindName, provisionWords, unitWords, type DirectivePart } from '../cite-subjects.ts';
import { directiveJsonLd, webPageJsonLd } from '../json-ld.ts';
import { pick } from '../localize.ts';
import { obligationsMatrix } from '../matrix.ts';
import { mentionsOf } from '../mentions.ts';
import { plainText } from '../plain-text.ts';
import { anchors, routes } from '../routes.ts';
import type { Mention } from '../../plugins/rehype-link-mentions.ts';
import { followUpSection, progressByRecommendation, timelineView } from './follow-up.ts';
import { relationLines } from './relations.ts';
import { hasTwoTexts, shownTextLang, textLabel, textLanguagesInOrder, textNotice } from '../texts.ts';
import { bodyLink, directiveLink, obligationCard, type Link, type ObligationCard } from './shared.ts';

/** Every body a directive names: in its header, Copy-to list and signature, and in its obligations. */
export function bodiesNamedIn(atlas: Atlas, directiveId: string): string[] {
  const d = byId(atlas.directives, directiveId).data;
  const ids = new Set<string>([d.issuer.id, d.sender.body.id, d.signature.signatory.id, ...d.addressedTo.map((body) => body.id)]);
  if (d.addressee?.body) ids.add(d.addressee.body.id);
  for (const line of d.copyTo) if (line.body) ids.add(line.body.id);
  for (const obligation of obligationsOf(atlas, directiveId)) {
    for (const actor of obligation.data.actors) ids.add(actor.body.id);
    for (const body of obligation.data.concerns) ids.add(body.id);
  }
  return [...ids].sort();
}

/** A directive in a list: issuer and number, date, subject and the counts of what it contains. */
export interface DirectiveSummary extends Link {
  issuer: string;
  date: string;
  subject: string;
  /** The language the subject is in: the reader's, or the document's own where it has no text in the reader's. */
  subjectLang: Lang;
  /** True when the subject shown is our own translation (the letter's Khmer), which the home page's notice says. */
  subjectIsOurs: boolean;
  recommendations: number;
  obligations: number;
  bodies: number;
  /** The words of its provisions and kind, for its counts ("11 recommendations", "3 articles"). */
  words: { unit: string; units: string; document: string };
}

export function directiveSummary(atlas: Atlas, lang: Lang, directiveId: string): DirectiveSummary {
  const directive = byId(atlas.directives, directiveId);
  return {
    ...directiveLink(atlas, lang, directiveId),
    issuer: pick(byId(atlas.bodies, directive.data.issuer.id).data.name, lang),
    date: directive.data.date,
    subject: plainText(pick(directive.data.subject, shownTextLang(atlas, directiveId, lang))),
    subjectLang: shownTextLang(atlas, directiveId, lang),
    subjectIsOurs: directive.data.texts[shownTextLang(atlas, directiveId, lang)]?.status === 'ours',
    recommendations: directive.data.recommendationCount,
    obligations: obligationsOf(atlas, directiveId).length,
    bodies: bodiesNamedIn(atlas, directiveId).length,
    words: unitWords(atlas, lang, directiveId),
  };
}

const newestFirst = (atlas: Atlas) => [...atlas.directives].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));

export function homeView(atlas: Atlas, lang: Lang, site: URL) {
  const latest = newestFirst(atlas)[0];
  return { latest: latest ? directiveSummary(atlas, lang, latest.id) : undefined, jsonLd: webPageJsonLd(lang, t(lang, 'site.name'), routes.home(lang), site) };
}

export function directivesView(atlas: Atlas, lang: Lang) {
  return { directives: newestFirst(atlas).map((directive) => directiveSummary(atlas, lang, directive.id)) };
}

/** The matrix of bodies by provision, with names and links. */
export interface MatrixView {
  directiveId: string;
  /** One column per provision: its number, its page and its name ("Article 5"). */
  columns: { number: number; href: string; label: string }[];
  /** The unit's words for the caption and the scroll cue. */
  words: { unit: string; units: string; document: string };
  rows: { body: Link; cells: Role[][]; total: number }[];
}

export function matrixView(atlas: Atlas, lang: Lang, directiveId: string): MatrixView {
  const count = byId(atlas.directives, directiveId).data.recommendationCount;
  return {
    directiveId,
    columns: Array.from({ length: count }, (_, index) => index + 1).map((number) => {
      const ref = provisionOf(atlas, directiveId, number) ?? recommendationRef(number);
      return { number, href: routes.provision(lang, directiveId, ref), label: provisionTitle(lang, ref) };
    }),
    words: unitWords(atlas, lang, directiveId),
    rows: obligationsMatrix(atlas, directiveId, count).map((row) => ({ body: bodyLink(atlas, lang, row.bodyId), cells: row.cells, total: row.total })),
  };
}

/** The letter laid out: its data, its recommendation texts to render, the mentions to link, the Cite boxes. */
export interface LetterView {
  directiveId: string;
  data: Atlas['directives'][number]['data'];
  issuer: string;
  /** The language of the text shown: the page's, or the document's own where it has no text in the page's (marked `lang`). */
  textLang: Lang;
  /** Its provisions in reading order, each with its anchor, page, name and the chapter heading it opens, if any. */
  recommendations: {
    number: number;
    entry: RecommendationEntry;
    citation: CitationSubject;
    anchor: string;
    paragraphAnchor: string;
    href: string;
    title: string;
    /** The heading of the chapter this provision opens ("Chapter 2: Penalties"), with its anchor (`chp_2`). */
    opensChapter?: { anchor: string; title: string } | undefined;
  }[];
  mentions: Mention[];
  /** The introduction's sentences in the page's language, each with its anchor (`intro-s1`), from the stored boundaries. */
  intro: LetterSentence[];
  /** The closing's sentences, the same way (`closing-s1`). */
  closing: LetterSentence[];
}

/** A sentence of the letter's introduction or closing as the page shows it; no anchor when none is stored. */
export interface LetterSentence {
  anchor?: string;
  text: string;
}

/** The introduction's or closing's sentences in `textLang` as stored (src/content/sentences/), or the whole text as one when none are. */
function letterSentences(atlas: Atlas, textLang: Lang, directiveId: string, part: 'intro' | 'closing'): LetterSentence[] {
  const stored = sentencesOfDirective(atlas, directiveId)[0]?.data[part];
  if (!stored) return [{ text: pick(byId(atlas.directives, directiveId).data[part], textLang) }];
  return stored.map((sentence) => ({ anchor: anchors.letterSentence(part, sentence.id), text: plainText(sentence[textLang] ?? sentence.km) }));
}

export function letterView(atlas: Atlas, lang: Lang, directiveId: string, site: URL): LetterView {
  const directive = byId(atlas.directives, directiveId);
  const textLang = shownTextLang(atlas, directiveId, lang);
  return {
    directiveId,
    data: directive.data,
    issuer: pick(byId(atlas.bodies, directive.data.issuer.id).data.name, lang),
    textLang,
    recommendations: recommendationsOf(atlas, directiveId, textLang).map((entry, index, all) => {
      const ref: ProvisionRef = { unit: entry.data.unit, number: entry.data.number, chapter: entry.data.chapter };
      const chapter = entry.data.chapter;
      const opens = chapter !== undefined && all[index - 1]?.data.chapter !== chapter;
      return {
        number: entry.data.number,
        entry,
        citation: directiveCitation(atlas, lang, directiveId, { kind: 'paragraph', number: entry.data.number, paragraph: 1 }, site),
        anchor: provisionAnchor(ref),
        paragraphAnchor: provisionParagraphAnchor(ref, 1),
        href: routes.provision(lang, directiveId, ref),
        title: provisionTitle(lang, ref),
        opensChapter: opens ? chapterHeading(atlas, lang, directiveId, chapter) : undefined,
      };
    }),
    mentions: mentionsOf(atlas, lang),
    intro: letterSentences(atlas, textLang, directiveId, 'intro'),
    closing: letterSentences(atlas, textLang, directiveId, 'closing'),
  };
}

/** A chapter's heading in the reader's language ("Chapter 2: Penalties"), and its anchor (`chp_2`). */
export function chapterHeading(atlas: Atlas, lang: Lang, directiveId: string, chapter: number): { anchor: string; title: string } {
  const entry = byId(atlas.directives, directiveId).data.chapters.find((candidate) => candidate.number === chapter);
  const name = t(lang, 'unit.chapter', { number: chapter });
  return { anchor: provisionAnchor({ unit: 'chapter', number: chapter }), title: entry ? t(lang, 'unit.chapterHeading', { chapter: name, title: plainText(pick(entry.title, lang)) }) : name };
}

export function directiveView(atlas: Atlas, lang: Lang, directiveId: string, site: URL) {
  const summary = directiveSummary(atlas, lang, directiveId);
  return {
    id: directiveId,
    summary,
    // The number exactly as the letter writes it, in both languages.
    number: byId(atlas.directives, directiveId).data.number,
    /** Its kind in the reader's language ("Letter"). */
    kind: kindName(atlas, lang, directiveId),
    name: directiveName(atlas, lang, directiveId),
    jsonLd: directiveJsonLd(atlas, lang, directiveId, site),
    citation: directiveCitation(atlas, lang, directiveId, { kind: 'whole' }, site),
    letter: letterView(atlas, lang, directiveId, site),
    /** False for a document with one text: it has no side-by-side reader. */
    sideBySide: hasTwoTexts(atlas, directiveId),
    /** What the text in this language is: our translation, an official or published one, the original. */
    textNotice: textNotice(atlas, directiveId, lang),
    matrix: matrixView(atlas, lang, directiveId),
    /** What it implements, amends, repeals or replaces, and what does so to it (its printed citations are in the letter). */
    relations: relationLines(atlas, lang, directiveId, { outgoing: false, incoming: true }),
    /** Obligations of the letter's introduction (recommendation 0), shown under the letter. */
    introObligations: obligationsOf(atlas, directiveId)
      .filter((obligation) => obligation.data.recommendation === 0)
      .map((obligation) => obligationCard(atlas, lang, obligation, undefined, site)),
    /** Follow-up at a glance: the directive's timeline and how many obligations of each recommendation have a public report. */
    followUp: { timeline: timelineView(atlas, lang, directiveId), byRecommendation: progressByRecommendation(atlas, lang, directiveId) },
  };
}

export function recommendationView(atlas: Atlas, lang: Lang, directiveId: string, number: number, site: URL) {
  const textLang = shownTextLang(atlas, directiveId, lang);
  const recs = recommendationsOf(atlas, directiveId, textLang);
  const entry = recs.find((rec) => rec.data.number === number);
  if (!entry) throw new Error(`recommendation ${number} of ${directiveId} is missing in ${textLang}`);
  const name = directiveName(atlas, lang, directiveId);
  const ref: ProvisionRef = { unit: entry.data.unit, number, chapter: entry.data.chapter };
  const path = routes.provision(lang, directiveId, ref);
  const heading = provisionTitle(lang, ref);
  const title = `${heading} · ${name}`;
  const neighbour = (other: number) => {
    const text = recs.find((rec) => rec.data.number === other);
    if (!text) return undefined;
    const otherRef: ProvisionRef = { unit: text.data.unit, number: other, chapter: text.data.chapter };
    return { number: other, href: routes.provision(lang, directiveId, otherRef), text: provisionInline(lang, otherRef) };
  };
  return {
    title,
    jsonLd: webPageJsonLd(lang, title, path, site),
    directiveId,
    number,
    entry,
    /** The language of its text: the page's, or the document's own where it has none in the page's (marked `lang`). */
    textLang,
    /** False for a document with one text: it has no side-by-side reader. */
    sideBySide: hasTwoTexts(atlas, directiveId),
    directive: { name, href: routes.directive(lang, directiveId) },
    path,
    /** The same page in another language (the language switcher of its notice). */
    pathIn: (other: Lang) => routes.provision(other, directiveId, ref),
    textNotice: textNotice(atlas, directiveId, lang),
    mentions: mentionsOf(atlas, lang),
    citation: directiveCitation(atlas, lang, directiveId, { kind: 'recommendation', number }, site),
    obligations: obligationsOf(atlas, directiveId)
      .filter((obligation) => obligation.data.recommendation === number)
      .map((obligation) => obligationCard(atlas, lang, obligation, undefined, site)),
    followUp: followUpSection(
      atlas,
      lang,
      obligationsOf(atlas, directiveId).filter((obligation) => obligation.data.recommendation === number),
    ),
    /** Its name as the page's heading ("Article 5"), its anchors, the words of its unit and document. */
    heading,
    chapter: entry.data.chapter === undefined ? undefined : chapterHeading(atlas, lang, directiveId, entry.data.chapter),
    anchor: provisionAnchor(ref),
    words: provisionWords(atlas, lang, directiveId, number, 'title'),
    previous: neighbour(number - 1),
    next: neighbour(number + 1),
  };
}

export type { ObligationCard };

/** One aligned pair of the side-by-side reader: a sentence of the source text and our translation of it. */
export interface AlignedPair {
  /** The anchor shared by the sentence where it reads (recommendation or directive page) and the pair here: `rec-8-s2`, `intro-s1`. */
  anchor: string;
  /** "Sentence 2", in the reader's language. */
  label: string;
  /** The English sentence as it reads (the source text). */
  en: string;
  /** The Khmer sentence as it reads (our unofficial translation). */
  km: string;
  /** The sentence's citation, its permalink where it reads, in the reader's language. */
  citation: CitationSubject;
}

/** One part of the letter in the side-by-side reader: its heading's anchor, the link back to where it reads, its pairs. */
export interface AlignedPart {
  title: string;
  /** The heading's anchor: `intro`, `rec-8`, `closing`; its sentences' anchors start with it. */
  anchor: string;
  /** The part on its own page (a recommendation) or in the letter (the introduction and the closing). */
  back: { href: string; text: string };
  pairs: AlignedPair[];
}

/** The side-by-side reader of a directive: the whole letter's text, sentence by sentence, from the stored alignment. */
export function sideBySideView(atlas: Atlas, lang: Lang, directiveId: string, site: URL) {
  const name = directiveName(atlas, lang, directiveId);
  const path = routes.sideBySide(lang, directiveId);
  const title = t(lang, 'sbs.heading', { directive: name });
  const stored = sentencesOfDirective(atlas, directiveId)[0];
  if (!stored) throw new Error(`directive ${directiveId} has no stored sentences`);
  const pair = (sentence: { id: string; en?: string | undefined; km: string }, anchor: string, part: DirectivePart): AlignedPair => ({
    anchor,
    label: t(lang, 'sbs.pairLink', { sentence: Number(sentence.id.slice(1)) }),
    en: plainText(sentence.en ?? ''),
    km: plainText(sentence.km),
    citation: directiveCitation(atlas, lang, directiveId, part, site),
  });
  // The introduction and the closing: their sentences are cited on the directive's page.
  const letterPart = (part: 'intro' | 'closing', title: string): AlignedPart => ({
    title,
    anchor: part === 'intro' ? anchors.intro : anchors.closing,
    back: { href: `${routes.directive(lang, directiveId)}#${part === 'intro' ? anchors.intro : anchors.closing}`, text: t(lang, 'sbs.backLetter', unitWords(atlas, lang, directiveId)) },
    pairs: stored.data[part].map((sentence) => pair(sentence, anchors.letterSentence(part, sentence.id), { kind: 'letterSentence', part, sentence: sentence.id })),
  });
  const texts = byId(atlas.directives, directiveId).data.texts;
  const order = textLanguagesInOrder(atlas, directiveId);
  // The letter's wording (English we hold, our Khmer) stays as it was; any other pair of texts is named by its labels.
  const asTheLetter = texts.en?.status === 'held' && texts.km?.status === 'ours';
  const labels = { first: textLabel(atlas, lang, directiveId, order[0]!), second: textLabel(atlas, lang, directiveId, order[1]!) };
  return {
    intro: asTheLetter ? t(lang, 'sbs.intro') : t(lang, 'sbs.introTexts', labels),
    description: asTheLetter ? t(lang, 'meta.sideBySide', { directive: name }) : t(lang, 'meta.sideBySideTexts', { directive: name, ...labels }),
    directiveId,
    title,
    path,
    directive: { name, href: routes.directive(lang, directiveId) },
    jsonLd: webPageJsonLd(lang, title, path, site),
    /** The columns: the document's own text first, then its translation, each labelled with its status. */
    columns: textLanguagesInOrder(atlas, directiveId).map((textLang) => {
      const status = texts[textLang]!.status;
      return {
        lang: textLang,
        label: textLabel(atlas, lang, directiveId, textLang),
        status: status === 'ours' ? 'unofficial' : status === 'official-translation' ? 'official' : status === 'published-translation' ? 'published' : 'source',
      };
    }),
    /** The letter part by part, in reading order: the introduction, each recommendation, the closing. */
    parts: [
      letterPart('intro', t(lang, 'directive.introPart')),
      ...[...stored.data.recommendations]
        .sort((a, b) => a.number - b.number)
        .map((rec): AlignedPart => {
          const ref = provisionOf(atlas, directiveId, rec.number) ?? recommendationRef(rec.number);
          return {
            title: provisionTitle(lang, ref),
            anchor: provisionAnchor(ref),
            back: { href: `${routes.provision(lang, directiveId, ref)}#${provisionParagraphAnchor(ref, 1)}`, text: t(lang, 'sbs.back', provisionWords(atlas, lang, directiveId, rec.number, 'title')) },
            pairs: rec.sentences.map((sentence) => pair(sentence, provisionSentenceAnchor(ref, sentence.id), { kind: 'sentence', number: rec.number, sentence: sentence.id })),
          };
        }),
      letterPart('closing', t(lang, 'sbs.closing')),
    ],
  };
}

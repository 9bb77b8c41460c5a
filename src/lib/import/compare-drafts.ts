import { normalizeKhmer } from '../khmer-normalize.ts';
import { plainText } from '../plain-text.ts';

/**
 * How close a draft is to the reviewed entry of the same document: what `npm run bench:import` prints
 * and the tests hold to. Both sides are the content files' data (YAML read as is), so the figures
 * measure the files an editor would receive, not the importer's internals.
 */

type Sentence = { id: string; en?: string; km: string };
export interface SentencesFile {
  intro: Sentence[];
  recommendations: { number: number; sentences: Sentence[] }[];
  closing: Sentence[];
}
export interface ObligationFile {
  recommendation: number;
  quote: string;
  modality: string;
  actors: { body: string | { id: string }; role: string }[];
  concerns?: (string | { id: string })[];
}
export interface DirectiveFile {
  kind: string | { id: string };
  number: string;
  date: string;
  issuer: string | { id: string };
  recommendationCount: number;
  references?: { reference: string | { id: string } }[];
  relations?: { type: string; document: string | { id: string }; provision?: string }[];
}
export interface ProvisionFile {
  number: number;
  unit?: string;
  chapter?: number;
}
export interface Side {
  directive: DirectiveFile;
  sentences: SentencesFile;
  obligations: ObligationFile[];
  provisions: ProvisionFile[];
}

const idOf = (value: string | { id: string }) => (typeof value === 'string' ? value : value.id);
/** The reader's form of a quote, for "covers": emphasis removed, Khmer spelled one way, no closing full stop. */
const comparable = (text: string) => normalizeKhmer(plainText(text)).replace(/[.។]$/, '');

export interface Comparison {
  sentences: { reviewed: number; equal: number; parts: { part: string; reviewed: number; draft: number; equal: boolean }[] };
  obligations: { reviewed: number; found: number; recall: number; missed: string[] };
  proposals: { total: number; right: number; precision: number; wrong: string[] };
  actors: { reviewed: number; matched: number; recall: number; inActors: number; missed: string[] };
  /** Found obligations whose covering proposal has the reviewed modality ("shall", "encouraged", ...). */
  modalities: { compared: number; same: number; differ: string[] };
  header: { field: string; reviewed: unknown; draft: unknown; right: boolean }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const relationsOf = (directive: DirectiveFile) =>
  (directive.relations ?? []).map((relation) => `${relation.type} ${idOf(relation.document)}${relation.provision ? ` from ${relation.provision}` : ''}`).join(', ');

export function compareDrafts(reviewed: Side, draft: Side, lang: 'en' | 'km'): Comparison {
  // Sentences: each part's sentences, in the document's language, must be the reviewed ones exactly.
  const partsOf = (side: Side) => [
    { part: 'intro', sentences: side.sentences.intro },
    ...side.sentences.recommendations.map((recommendation) => ({ part: `provision ${recommendation.number}`, sentences: recommendation.sentences })),
    { part: 'closing', sentences: side.sentences.closing },
  ];
  const draftParts = new Map(partsOf(draft).map((part) => [part.part, part.sentences.map((sentence) => sentence[lang])]));
  const parts = partsOf(reviewed).map(({ part, sentences }) => {
    const mine = draftParts.get(part) ?? [];
    const theirs = sentences.map((sentence) => sentence[lang]);
    return { part, reviewed: theirs.length, draft: mine.length, equal: theirs.length === mine.length && theirs.every((text, index) => text === mine[index]), theirs, mine };
  });
  const sentenceCount = parts.reduce((sum, part) => sum + part.reviewed, 0);
  const equalSentences = parts.reduce((sum, part) => sum + part.theirs.filter((text, index) => text === part.mine[index]).length, 0);

  // Obligations: a reviewed obligation is found when a draft quote of the same provision covers its quote.
  // A reviewed quote in the other language (a Khmer original quoted in its official English translation)
  // is covered when the draft covers the sentences that hold it, in the draft's language.
  const partSentences = (number: number) => (number === 0 ? reviewed.sentences.intro : (reviewed.sentences.recommendations.find((part) => part.number === number)?.sentences ?? []));
  const other = lang === 'km' ? 'en' : 'km';
  const target = (obligation: ObligationFile) => {
    const inOwnLanguage = lang === 'km' ? /[\u1780-\u17ff]/.test(obligation.quote) : !/[\u1780-\u17ff]/.test(obligation.quote);
    if (inOwnLanguage) return comparable(obligation.quote);
    const holding = partSentences(obligation.recommendation).filter((sentence) => sentence[other] !== undefined && comparable(sentence[other]!).includes(comparable(obligation.quote)));
    return holding.length ? comparable(holding.map((sentence) => sentence[lang]).join(' ')) : comparable(obligation.quote);
  };
  const covers = (proposal: ObligationFile, obligation: ObligationFile) => proposal.recommendation === obligation.recommendation && comparable(proposal.quote).includes(target(obligation));
  const coveringOf = (obligation: ObligationFile) => draft.obligations.find((proposal) => covers(proposal, obligation));
  const found = reviewed.obligations.filter((obligation) => coveringOf(obligation));
  const label = (obligation: ObligationFile) => `${obligation.recommendation}: ${plainText(obligation.quote).slice(0, 60)}`;
  const right = draft.obligations.filter((proposal) => reviewed.obligations.some((obligation) => covers(proposal, obligation)));

  // Actors: each reviewed actor of a found obligation is among the covering proposal's bodies (acting, or listed as concerned).
  const differ = found
    .filter((obligation) => coveringOf(obligation)!.modality !== obligation.modality)
    .map((obligation) => `${label(obligation)} (reviewed ${obligation.modality}, drafted ${coveringOf(obligation)!.modality})`);
  let actorCount = 0;
  let matched = 0;
  let inActors = 0;
  const missedActors: string[] = [];
  for (const obligation of found) {
    const proposal = coveringOf(obligation)!;
    const acting = new Set(proposal.actors.map((actor) => idOf(actor.body)));
    const named = new Set([...acting, ...(proposal.concerns ?? []).map(idOf)]);
    for (const actor of obligation.actors) {
      actorCount++;
      if (named.has(idOf(actor.body))) matched++;
      else missedActors.push(`${label(obligation)} (${idOf(actor.body)})`);
      if (acting.has(idOf(actor.body))) inActors++;
    }
  }

  const header = [
    { field: 'kind', reviewed: idOf(reviewed.directive.kind), draft: idOf(draft.directive.kind) },
    { field: 'number', reviewed: reviewed.directive.number, draft: draft.directive.number },
    { field: 'date', reviewed: reviewed.directive.date, draft: draft.directive.date },
    { field: 'issuer', reviewed: idOf(reviewed.directive.issuer), draft: idOf(draft.directive.issuer) },
    {
      field: 'references',
      reviewed: (reviewed.directive.references ?? []).map((item) => idOf(item.reference)).join(', '),
      draft: (draft.directive.references ?? []).map((item) => idOf(item.reference)).join(', '),
    },
    { field: 'relations', reviewed: relationsOf(reviewed.directive), draft: relationsOf(draft.directive) },
    {
      field: 'provisions',
      reviewed: reviewed.provisions.map((p) => `${p.unit ?? 'recommendation'} ${p.number}${p.chapter ? ` (chapter ${p.chapter})` : ''}`).join(', '),
      draft: draft.provisions.map((p) => `${p.unit ?? 'recommendation'} ${p.number}${p.chapter ? ` (chapter ${p.chapter})` : ''}`).join(', '),
    },
  ].map((row) => ({ ...row, right: String(row.reviewed) === String(row.draft) }));

  return {
    sentences: { reviewed: sentenceCount, equal: equalSentences, parts: parts.map(({ part, reviewed: count, draft: mine, equal }) => ({ part, reviewed: count, draft: mine, equal })) },
    obligations: {
      reviewed: reviewed.obligations.length,
      found: found.length,
      recall: ratio(found.length, reviewed.obligations.length),
      missed: reviewed.obligations.filter((o) => !coveringOf(o)).map(label),
    },
    proposals: {
      total: draft.obligations.length,
      right: right.length,
      precision: ratio(right.length, draft.obligations.length),
      wrong: draft.obligations.filter((p) => !right.includes(p)).map(label),
    },
    actors: { reviewed: actorCount, matched, recall: ratio(matched, actorCount), inActors, missed: missedActors },
    modalities: { compared: found.length, same: found.length - differ.length, differ },
    header,
  };
}

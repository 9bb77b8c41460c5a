import { kindOfModality, type Modality, type ObligationKind, type Role } from '../../schemas/obligation.ts';
import { khmerMonths, readDate, westernDigits } from './numerals.ts';
import { matchBodies, type BodyMatch, type RegistryBody } from './match-bodies.ts';
import type { ImportLang } from './parse-document.ts';

/**
 * One proposed obligation per sentence that carries a modality, in the sentence's own words: its
 * quote is the sentence, its modality the text's word, its actors the registry's bodies the sentence
 * names (with what matched), its deadline only words of the quote. Nothing is translated and no actor
 * is added that the text does not name; the implied actors of a bare verb ("Support ...") are the
 * bodies the document's introduction instructs, each marked implicit.
 */

export interface ModalityFound {
  modality: Modality;
  /** The words of the text that carry it, and where. */
  words: string;
  index: number;
}

const englishModalities: { modality: Modality; pattern: RegExp }[] = [
  { modality: 'must', pattern: /\bmust\b/ },
  { modality: 'shall', pattern: /\bshall\b/ },
  { modality: 'should', pattern: /\bshould\b/ },
  { modality: 'instructed', pattern: /\b(?:is |are )?instruct(?:s|ed)?\b(?: to)?/ },
  { modality: 'may-consider', pattern: /\bmay consider\b/ },
  { modality: 'encouraged', pattern: /\b(?:is |are )?encourag(?:e|es|ed)\b/i },
  { modality: 'supported', pattern: /\bsupports\b/ },
];
/** Bare verbs that open a provision addressed to the document's addressees ("Support the pilot ..."). */
const IMPERATIVE = /^(Support|Ensure|Promote|Strengthen|Continue|Prepare|Establish|Develop|Implement|Accelerate|Expedite|Review|Monitor|Study|Coordinate)\b/;

const khmerModalities: { modality: Modality; pattern: RegExp }[] = [
  { modality: 'encouraged', pattern: /(?:ត្រូវបាន)?លើកទឹកចិត្ត/ },
  { modality: 'must', pattern: /ត្រូវតែ/ },
  // Not ត្រឹមត្រូវ (properly), ត្រូវការ (need), ត្រូវគ្នា (match), nor the passive ត្រូវបាន.
  { modality: 'shall', pattern: /(?<!ត្រឹម)ត្រូវ(?!បាន|ការ|គ្នា)/ },
  { modality: 'should', pattern: /គប្បី|គួរ/ },
  { modality: 'may-consider', pattern: /អាចពិចារណា/ },
  // Not the noun សេចក្តីណែនាំ (an instruction), which a sentence cites.
  { modality: 'instructed', pattern: /(?<!សេចក្តី|សេចក្ដី)ណែនាំ|សូម/ },
  // "ដើម្បីគាំទ្រ" is "in order to support", not a statement of support.
  { modality: 'supported', pattern: /(?<!ដើម្បី|ក្នុងការ|ដល់ការ)គាំទ្រ/ },
];
/** A modal word that only introduces the points below ("ណែនាំដូចតទៅ៖", "instructs as follows:") names no action. */
const INTRODUCES_LIST = /^\s*(?:ដូចតទៅ|ដូចខាងក្រោម|as follows)\s*[:៖]?\s*$/;

/** The first modality of a sentence, or none. */
export function findModality(sentence: string, lang: ImportLang): ModalityFound | undefined {
  const table = lang === 'km' ? khmerModalities : englishModalities;
  const found = table
    .map(({ modality, pattern }) => ({ modality, match: pattern.exec(sentence) }))
    .filter((hit): hit is { modality: Modality; match: RegExpExecArray } => hit.match !== null)
    .map(({ modality, match }) => ({ modality, words: match[0], index: match.index }))
    .sort((a, b) => a.index - b.index);
  if (lang === 'en') {
    const bare = IMPERATIVE.exec(sentence);
    if (bare && !(found[0] && found[0].index === 0)) return { modality: 'imperative', words: bare[0], index: 0 };
  }
  const first = found[0];
  if (!first || INTRODUCES_LIST.test(sentence.slice(first.index + first.words.length))) return undefined;
  return first;
}

export interface ProposedActor {
  body: string;
  role: Role;
  implicit?: true;
  /** Why: the words that matched and how, or "implied: ...". */
  matched: string;
}

export interface ProposedDeadline {
  text: string;
  iso?: string;
}

export interface Proposal {
  quote: string;
  modality: ModalityFound;
  kind: ObligationKind;
  actors: ProposedActor[];
  concerns: ProposedActor[];
  deadline?: ProposedDeadline;
  confidence: number;
  reasons: string[];
}

const englishMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const month = (index: number) => String(index + 1).padStart(2, '0');
/**
 * Deadlines as the texts write them, the fullest form first ("by 31 March 2026" before "March 2026"). An
 * ISO date only where the words give one: "by 31 March" is that day, "in March 2025" that month; "before
 * March" (by the end of February?) gets none.
 */
const DEADLINES: { pattern: RegExp; iso?: (match: RegExpExecArray) => string | undefined }[] = [
  { pattern: /\bas soon as possible\b/ },
  { pattern: /\bin a timely manner\b/ },
  { pattern: /\bwithout delay\b/ },
  { pattern: /\bwithin \w+ (?:days?|weeks?|months?|years?)\b/ },
  { pattern: new RegExp(`\\b(?:by|no later than)\\s+\\d{1,2}\\s+(?:${englishMonths.join('|')})\\s+\\d{4}\\b`), iso: (match) => readDate(match[0])?.iso },
  { pattern: new RegExp(`\\bbefore\\s+\\d{1,2}\\s+(?:${englishMonths.join('|')})\\s+\\d{4}\\b`) },
  {
    pattern: new RegExp(`\\b(?:by|in|no later than|by the end of)\\s+(${englishMonths.join('|')})\\s+(\\d{4})\\b`),
    iso: (match) => `${match[2]}-${month(englishMonths.indexOf(match[1]!))}`,
  },
  { pattern: new RegExp(`\\bbefore\\s+(?:${englishMonths.join('|')})\\s+\\d{4}\\b`) },
  { pattern: /ឱ្យបានឆាប់តាមដែលអាចធ្វើទៅបាន|ឱ្យបានឆាប់|ជាបន្ទាន់|ឱ្យបានទាន់ពេលវេលា/ },
  { pattern: /ក្នុងរយៈពេល\s*[0-9០-៩]+\s*(?:ថ្ងៃ|សប្តាហ៍|សប្ដាហ៍|ខែ|ឆ្នាំ)/ },
  { pattern: /ត្រឹមថ្ងៃទី\s*[0-9០-៩]{1,2}\s*ខែ\s*\S+\s*ឆ្នាំ\s*[0-9០-៩]{4}/, iso: (match) => readDate(match[0])?.iso },
  { pattern: /មុនថ្ងៃទី\s*[0-9០-៩]{1,2}\s*ខែ\s*\S+\s*ឆ្នាំ\s*[0-9០-៩]{4}/ },
  {
    // A month is a deadline only after a word that makes it one (by, within, in): "ចុះថ្ងៃទី៥ ខែមីនា ឆ្នាំ២០២៣" dates a document, "ប្រចាំខែ" names a report.
    pattern: new RegExp(`(?:ត្រឹម|ក្នុង|នៅក្នុង)ខែ\\s*(${khmerMonths.join('|')})\\s*ឆ្នាំ\\s*([0-9០-៩]{4})`),
    iso: (match) => `${westernDigits(match[2]!)}-${month(khmerMonths.indexOf(match[1] as (typeof khmerMonths)[number]))}`,
  },
  { pattern: new RegExp(`មុនខែ\\s*(?:${khmerMonths.join('|')})\\s*ឆ្នាំ\\s*[0-9០-៩]{4}`) },
];

/**
 * The deadline the quote states, in its own words; none when it states none. A date before the document's
 * own (`documentDate`) is no deadline: "adopted in March 2023" in a text of 2025 says when something was done.
 */
export function findDeadline(quote: string, documentDate?: string): ProposedDeadline | undefined {
  for (const { pattern, iso } of DEADLINES) {
    const match = pattern.exec(quote);
    if (!match) continue;
    const date = iso?.(match);
    if (date && documentDate && date < documentDate.slice(0, date.length)) continue;
    return date ? { text: match[0], iso: date } : { text: match[0] };
  }
  return undefined;
}

const describe = (match: BodyMatch) => `"${match.words}" (${match.how})`;
/** Words after which a body named later in a duty is a partner, not a bystander. */
const COOPERATION = /(?:\bwith|\bwith the|together with|ជាមួយ|ជាមួយនឹង|សហការជាមួយ)\s*$/;

/** Roles from where the bodies stand: before the modal word they act; after it, they cooperate (after "with"), are encouraged, or are concerned. */
function assignRoles(sentence: string, lang: ImportLang, found: ModalityFound, matches: BodyMatch[], implied: string[]): { actors: ProposedActor[]; concerns: ProposedActor[]; reasons: string[] } {
  const kind = kindOfModality[found.modality];
  const before = matches.filter((match) => match.end <= found.index);
  const after = matches.filter((match) => match.start >= found.index + found.words.length);
  const actors: ProposedActor[] = [];
  const concerns: ProposedActor[] = [];
  const reasons: string[] = [];
  const add = (list: ProposedActor[], match: BodyMatch, role: Role) => {
    if (![...actors, ...concerns].some((actor) => actor.body === match.body)) list.push({ body: match.body, role, matched: describe(match) });
  };
  // The clause the modal word governs runs to its "to" (an infinitive) or, in Khmer, to ដើម្បី.
  const clauseEnd = (() => {
    const rest = sentence.slice(found.index + found.words.length);
    const stop = lang === 'km' ? /ដើម្បី/ : /\bto\b/;
    const at = rest.search(stop);
    return at < 0 ? sentence.length : found.index + found.words.length + at;
  })();
  if (found.modality === 'imperative' || (found.index === 0 && before.length === 0)) {
    for (const body of implied) actors.push({ body, role: 'joint', implicit: true, matched: 'implied: the provision opens with a bare verb; the introduction instructs this body' });
    if (implied.length) reasons.push('opens with a bare verb: the implied actors are the bodies the introduction instructs');
  }
  if (kind === 'duty') {
    const role: Role = before.length === 1 ? 'lead' : 'joint';
    if (found.modality === 'instructed') for (const match of after.filter((m) => m.start < clauseEnd)) add(actors, match, 'joint');
    else for (const match of before) add(actors, match, role);
    // After the modal word, a body the sentence works "with" cooperates; any other is what the action concerns.
    for (const match of after) add(COOPERATION.test(sentence.slice(Math.max(0, match.start - 30), match.start)) ? actors : concerns, match, 'cooperating');
    for (const match of before) if (found.modality === 'instructed') add(concerns, match, 'cooperating');
  } else if (kind === 'encouragement' || kind === 'option') {
    const passive = /^(?:is |are |ត្រូវបាន)/.test(found.words) || found.modality === 'may-consider';
    if (passive) for (const match of before) add(actors, match, 'encouraged');
    else {
      if (/\bsupports\b|គាំទ្រ/.test(sentence.slice(0, found.index))) for (const match of before) add(actors, match, 'supporting');
      for (const match of after.filter((m) => m.start < clauseEnd)) add(actors, match, 'encouraged');
    }
    for (const match of [...before, ...after]) add(concerns, match, 'cooperating');
  } else {
    for (const match of before) add(actors, match, 'supporting');
    for (const match of after) add(concerns, match, 'cooperating');
  }
  return { actors, concerns, reasons };
}

/** The proposal for one sentence, or none when it carries no modality. */
export function proposeObligation(sentence: string, lang: ImportLang, bodies: RegistryBody[], implied: string[], documentDate?: string): Proposal | undefined {
  const found = findModality(sentence, lang);
  if (!found) return undefined;
  const kind = kindOfModality[found.modality];
  const matches = matchBodies(sentence, lang, bodies);
  const { actors, concerns, reasons } = assignRoles(sentence, lang, found, matches, implied);
  const deadline = findDeadline(sentence, documentDate);
  reasons.unshift(`"${found.words.trim()}" makes it "${found.modality}" (${kind})`);
  for (const actor of actors) reasons.push(`${actor.body} as ${actor.role}: ${actor.matched}`);
  if (deadline) reasons.push(`deadline in the quote: "${deadline.text}"${deadline.iso ? ` (${deadline.iso})` : ''}`);
  // Confidence: a binding modal word with an acting body is what reviewers confirmed most; "should" and
  // sentences naming nobody are often description, not instruction.
  let confidence = found.modality === 'should' || found.modality === 'supported' ? 0.6 : 0.9;
  if (!actors.some((actor) => actor.role !== 'supporting')) {
    confidence = Math.min(confidence, 0.4);
    reasons.push('names no acting body the registry knows: add the actors, or delete the proposal');
  }
  return { quote: sentence, modality: found, kind, actors, concerns, ...(deadline ? { deadline } : {}), confidence, reasons };
}

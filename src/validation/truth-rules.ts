import type { BodyData } from '../schemas/body.ts';
import type { DirectiveData } from '../schemas/directive.ts';
import type { InstrumentData } from '../schemas/instrument.ts';
import type { Modality, ObligationData } from '../schemas/obligation.ts';
import type { RecommendationData } from '../schemas/recommendation.ts';
import type { ReferenceData } from '../schemas/reference-document.ts';
import type { Lang } from '../i18n/locales.ts';
import { plainText } from '../lib/plain-text.ts';
import { quotedLang } from '../lib/texts.ts';
import type { ContentProblem } from './atlas-rules.ts';

/**
 * Rules that keep the data exactly as faithful as the letter: no more, no less, no other.
 * Each is a pure function over plain arrays of parsed entries that pushes `{ file, field, message }`.
 */

/** A parsed content entry (an atlas entry with its file: see atlas-rules.ts). */
export interface TruthEntry<T> {
  id: string;
  file: string;
  data: T;
  body?: string;
}

type Problems = ContentProblem[];

// ---------------------------------------------------------------------------------------------
// The texts obligations quote: each recommendation's English text (else its own), and the introduction as "0".

/** The directive's introduction, in the language its obligations quote, as a pseudo recommendation 0, so that an obligation can quote it. */
export function introTexts(directives: TruthEntry<DirectiveData>[]): TruthEntry<RecommendationData>[] {
  return directives.map((directive) => {
    const lang = quotedLang(directive.data.texts);
    return {
      id: `${directive.id}/${lang}/00`,
      file: directive.file,
      data: { directive: { id: directive.id, collection: 'directives' }, number: 0, lang, status: 'source' } as RecommendationData,
      body: directive.data.intro[lang] ?? '',
    };
  });
}

/** The texts obligations quote, by `directive/number`, with their language: the English text where there is one, else the document's own. */
function quotedTexts(directives: TruthEntry<DirectiveData>[], recommendations: TruthEntry<RecommendationData>[]): Map<string, { text: string; lang: Lang }> {
  const quoted = new Map(directives.map((directive) => [directive.id, quotedLang(directive.data.texts)]));
  return new Map(
    [...introTexts(directives), ...recommendations]
      .filter((rec) => rec.data.lang === (quoted.get(rec.data.directive.id) ?? 'en'))
      .map((rec) => [`${rec.data.directive.id}/${rec.data.number}`, { text: plainText(rec.body ?? ''), lang: rec.data.lang }]),
  );
}

/** Where the obligation's quote stands in its text, and the part of its sentence before it. */
function locate(obligation: TruthEntry<ObligationData>, texts: Map<string, { text: string; lang: Lang }>): { text: string; lang: Lang; start: number; end: number; before: string } | undefined {
  const found = texts.get(`${obligation.data.directive.id}/${obligation.data.recommendation}`);
  const quote = plainText(obligation.data.quote);
  const start = found?.text.indexOf(quote) ?? -1;
  if (found === undefined || start < 0) return undefined;
  const { text, lang } = found;
  let sentenceStart = 0;
  for (const sentence of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)) {
    if (sentence.index <= start) sentenceStart = sentence.index;
  }
  return { text, lang, start, end: start + quote.length, before: text.slice(sentenceStart, start) };
}

// ---------------------------------------------------------------------------------------------
// 1. Two obligations' quotes do not overlap (one action counted twice) unless the data says why.

export function checkQuoteOverlaps(obligations: TruthEntry<ObligationData>[], recommendations: TruthEntry<RecommendationData>[], directives: TruthEntry<DirectiveData>[], problems: Problems): void {
  const texts = quotedTexts(directives, recommendations);
  const shortId = (id: string) => id.split('/').pop() ?? id;
  const spans = obligations.flatMap((obligation) => {
    const where = locate(obligation, texts);
    return where ? [{ obligation, key: `${obligation.data.directive.id}/${obligation.data.recommendation}`, ...where }] : [];
  });
  for (const [index, a] of spans.entries()) {
    for (const b of spans.slice(index + 1)) {
      if (a.key !== b.key || a.start >= b.end || b.start >= a.end) continue;
      const explained = (x: typeof a, y: typeof a) => x.obligation.data.overlaps.some((overlap) => shortId(overlap.obligation) === shortId(y.obligation.id));
      if (explained(a, b) || explained(b, a)) continue;
      const overlap = a.text.slice(Math.max(a.start, b.start), Math.min(a.end, b.end));
      problems.push({
        file: b.obligation.file,
        field: 'quote',
        message: `overlaps the quote of ${shortId(a.obligation.id)} ("${overlap}"): one action would count twice; shorten one quote or say why in "overlaps"`,
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 2. The modality is the letter's word, and the summary keeps it in both languages.

/** The word of each modality in the letter (English), and the words a summary must keep in each language. */
export const modalityWords: Record<Modality, { quote: RegExp; en: RegExp | null; km: RegExp | null }> = {
  shall: { quote: /\bshall\b/, en: /\bshall\b/, km: /ត្រូវ/ },
  must: { quote: /\bmust\b/, en: /\bmust\b/, km: /ត្រូវតែ/ },
  should: { quote: /\bshould\b/, en: /\bshould\b/, km: /គួរ/ },
  instructed: { quote: /\binstruct/, en: /\binstructed\b/, km: /ណែនាំ/ },
  // A bare verb opening the recommendation: the summary opens with the same verb; no modal word is added.
  imperative: { quote: /^[A-Z][a-z]+\b/, en: null, km: null },
  encouraged: { quote: /\bencourag/i, en: /\bencourag/i, km: /លើកទឹកចិត្ត/ },
  'may-consider': { quote: /\bmay consider\b/, en: /\bmay consider\b/, km: /អាចពិចារណា/ },
  supported: { quote: /\bsupports\b/, en: /\bsupports\b/, km: /គាំទ្រ/ },
};

/** Strong modal words a summary must not add when the letter did not use them. */
const strongModals: { modality: Modality; en: RegExp; km: RegExp }[] = [
  { modality: 'must', en: /\bmust\b/i, km: /ត្រូវតែ/ },
  { modality: 'shall', en: /\bshall\b/i, km: /ត្រូវ(?!បាន)/ },
  { modality: 'should', en: /\bshould\b/i, km: /គួរ/ },
  { modality: 'may-consider', en: /\bmay\b/i, km: /អាចពិចារណា/ },
];

/** A hedge the letter puts before an action, which a summary must not drop. */
const hedges = [{ en: /pay close attention to/, keepEn: /pay close attention/, keepKm: /យកចិត្តទុកដាក់/ }];

export function checkModality(obligations: TruthEntry<ObligationData>[], recommendations: TruthEntry<RecommendationData>[], directives: TruthEntry<DirectiveData>[], problems: Problems): void {
  const texts = quotedTexts(directives, recommendations);
  for (const obligation of obligations) {
    const { modality, quote, action } = obligation.data;
    const where = locate(obligation, texts);
    if (!where) continue; // reported by the verbatim-quote rule
    const words = modalityWords[modality];
    const quoted = plainText(quote);
    // A Khmer quote (a Khmer original with no English text) carries the modality's Khmer word.
    const quoteWord = where.lang === 'en' ? words.quote : words.km;
    if (quoteWord === null) {
      problems.push({
        file: obligation.file,
        field: 'modality',
        message: `"${modality}" has no word of its own in a ${where.lang === 'km' ? 'Khmer' : 'non-English'} quote: choose the modality the text's own word makes`,
      });
    } else if (where.lang !== 'en') {
      if (!quoteWord.test(quoted) && !quoteWord.test(where.before)) {
        problems.push({ file: obligation.file, field: 'modality', message: `"${modality}": its word (${quoteWord.source}) is neither in the quote nor earlier in the quote's sentence` });
      }
    } else if (modality === 'imperative') {
      if (where.start !== 0 || !words.quote.test(quoted)) {
        problems.push({ file: obligation.file, field: 'modality', message: '"imperative" is for a recommendation that opens with a bare verb: the quote must start the recommendation' });
      } else if (!action.en.startsWith(/^\S+/.exec(quoted)?.[0] ?? '')) {
        problems.push({ file: obligation.file, field: 'action.en', message: `must open with the letter's verb "${/^\S+/.exec(quoted)?.[0]}" (modality "imperative")` });
      }
    } else if (!words.quote.test(quoted) && !words.quote.test(where.before)) {
      problems.push({ file: obligation.file, field: 'modality', message: `"${modality}": its word is neither in the quote nor earlier in the quote's sentence` });
    }
    if (words.en && !words.en.test(action.en)) {
      problems.push({ file: obligation.file, field: 'action.en', message: `must keep the letter's modality "${modality}" (${words.en.source})` });
    }
    if (words.km && !words.km.test(action.km)) {
      problems.push({ file: obligation.file, field: 'action.km', message: `must keep the letter's modality "${modality}" (${words.km.source})` });
    }
    for (const strong of strongModals) {
      if (strong.modality === modality) continue;
      if (strong.en.test(action.en)) {
        problems.push({ file: obligation.file, field: 'action.en', message: `adds the modality "${strong.modality}", which the letter does not use here ("${modality}")` });
      }
      // "ត្រូវតែ" (must) contains "ត្រូវ" (shall): only the stronger word counts for a "must".
      if (strong.km.test(action.km) && !(modality === 'must' && strong.modality === 'shall')) {
        problems.push({ file: obligation.file, field: 'action.km', message: `adds the modality "${strong.modality}", which the letter does not use here ("${modality}")` });
      }
    }
    for (const hedge of hedges) {
      if (!hedge.en.test(where.before + quoted)) continue;
      if (!hedge.keepEn.test(action.en)) problems.push({ file: obligation.file, field: 'action.en', message: `drops "${hedge.keepEn.source}", which the letter puts before this action` });
      if (!hedge.keepKm.test(action.km))
        problems.push({ file: obligation.file, field: 'action.km', message: `drops ${hedge.keepKm.source} ("${hedge.keepEn.source}"), which the letter puts before this action` });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Actors: words "as written" are written; implied actors are the introduction's addressees, marked so.

export function checkActors(obligations: TruthEntry<ObligationData>[], directives: TruthEntry<DirectiveData>[], bodies: TruthEntry<BodyData>[], problems: Problems): void {
  const addressed = new Map(directives.map((directive) => [directive.id, directive.data.addressedTo.map((body) => body.id)]));
  const mentionsOf = new Map(bodies.map((body) => [body.id, body.data.mentions.en]));
  for (const obligation of obligations) {
    const quote = plainText(obligation.data.quote);
    const expected = addressed.get(obligation.data.directive.id) ?? [];
    const implicit = obligation.data.actors.filter((actor) => actor.implicit);
    obligation.data.actors.forEach((actor, index) => {
      if (actor.asWritten !== undefined && !quote.includes(actor.asWritten)) {
        problems.push({ file: obligation.file, field: `actors[${index}].asWritten`, message: `"${actor.asWritten}" is not written in the quote` });
      }
      if (!actor.implicit) return;
      if (actor.asWritten !== undefined) {
        problems.push({ file: obligation.file, field: `actors[${index}].asWritten`, message: 'an implied actor is not written in the sentence: it has no "asWritten"' });
      }
      if (!expected.includes(actor.body.id)) {
        problems.push({ file: obligation.file, field: `actors[${index}].body`, message: `an implied actor must be a body the letter's introduction instructs (${expected.join(', ')})` });
      }
      const named = (mentionsOf.get(actor.body.id) ?? []).find((mention) => quote.includes(mention));
      if (named) problems.push({ file: obligation.file, field: `actors[${index}].implicit`, message: `"${named}" is named in the quote, so it is not implied` });
    });
    if (/\bparticipate with\b/.test(quote)) {
      obligation.data.actors.forEach((actor, index) => {
        if (actor.role === 'lead')
          problems.push({ file: obligation.file, field: `actors[${index}].role`, message: 'the sentence says "participate with": the body takes part ("participating"), it does not lead' });
      });
    }
    if (implicit.length > 0) {
      for (const id of expected) {
        if (!implicit.some((actor) => actor.body.id === id)) {
          problems.push({ file: obligation.file, field: 'actors', message: `implied actors are all the bodies the introduction instructs: "${id}" is missing` });
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 4. A Khmer name marked established carries its public source; a name kept in Latin script is the English one.

/** Hosts that copy other sites (encyclopaedia mirrors): not a source for an official name. */
export const notASource = ['askwikinow.com', 'iiab.me', 'kiwix', 'wikiwand.com'];

function walkLocalized(value: unknown, path: string, visit: (text: { en?: unknown; km?: unknown; kmStatus?: unknown }, path: string) => void): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => walkLocalized(item, `${path}[${index}]`, visit));
    return;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.km === 'string') visit(record, path);
  for (const [key, child] of Object.entries(record)) walkLocalized(child, path ? `${path}.${key}` : key, visit);
}

export function checkKhmerNameSources(entries: TruthEntry<unknown>[], problems: Problems): void {
  for (const entry of entries) {
    const record = entry.data as { kmSource?: unknown; name?: { kmStatus?: unknown } } | null;
    const canHoldSource = record !== null && typeof record === 'object' && 'name' in record && /\/(bodies|instruments|kinds)\//.test(entry.file);
    walkLocalized(entry.data, '', (text, path) => {
      const field = path ? `${path}.kmStatus` : 'kmStatus';
      if (text.kmStatus === 'established' && !(canHoldSource && path === 'name')) {
        problems.push({ file: entry.file, field, message: 'only the name of a body, instrument or kind can be "established" (it carries its source); mark this "unofficial"' });
      }
      if (text.kmStatus === 'latin' && typeof text.km === 'string') {
        if (/[\u1780-\u17ff]/.test(text.km) || typeof text.en !== 'string' || !text.en.includes(text.km)) {
          problems.push({ file: entry.file, field: path ? `${path}.km` : 'km', message: 'is marked "latin" (kept in Latin script) but is not the English form' });
        }
      }
    });
    if (!canHoldSource || !record) continue;
    const source = record.kmSource;
    if (record.name?.kmStatus === 'established') {
      if (typeof source !== 'string') {
        problems.push({ file: entry.file, field: 'kmSource', message: 'the Khmer name is marked established but no public source is given' });
      } else if (!/^https?:\/\/[^\s/]+\.[^\s/]+/.test(source)) {
        problems.push({ file: entry.file, field: 'kmSource', message: 'must be the address (URL) of a public source' });
      } else if (notASource.some((host) => source.includes(host))) {
        problems.push({ file: entry.file, field: 'kmSource', message: 'is a copy of another site (an encyclopaedia mirror), not a source: cite the body itself, a government page or the press' });
      }
    } else if (source !== undefined) {
      problems.push({ file: entry.file, field: 'kmSource', message: 'a source is given but the Khmer name is not marked established' });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 5. One term, one form: the project's glossary (from /work/shared/glossary-km.tsv, high confidence).

export interface GlossaryTerm {
  en: string;
  km: string;
  /** Other forms of the same term that must not appear in our Khmer texts. */
  variants: string[];
  /** Entries whose Khmer name is this term, when established: their name must contain it and cite one of `sources`. */
  entries?: string[];
  sources?: string[];
}

export const glossary: GlossaryTerm[] = [
  { en: 'Office of the Council of Ministers', km: 'ទីស្តីការគណៈរដ្ឋមន្ត្រី', variants: ['ទីស្ដីការ'], entries: ['bodies/ocm'], sources: ['https://www.tvk.gov.kh/?p=131579'] },
  {
    en: 'Ministry of Post and Telecommunications',
    km: 'ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍',
    variants: ['ក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍'],
    entries: ['bodies/mptc', 'bodies/minister-of-post-and-telecommunications'],
    sources: [
      'https://mptc.gov.kh/en/featured/minister-vandeth-chea-participates-in-1st-asean-digital-ministers-meeting/',
      'https://freshnewsasia.com/index.php/en/localnews/300252-2023-07-19-05-57-47.html',
    ],
  },
  { en: 'National Bank of Cambodia', km: 'ធនាគារជាតិនៃកម្ពុជា', variants: [], entries: ['bodies/national-bank-of-cambodia'], sources: ['https://mptc.gov.kh/2021/04/'] },
  {
    en: 'Digital Economy and Business Committee',
    km: 'គណៈកម្មាធិការសេដ្ឋកិច្ច និងធុរកិច្ចឌីជីថល',
    variants: ['សេដ្ឋកិច្ចនិងធុរកិច្ចឌីជីថល'],
    entries: ['bodies/digital-economy-and-business-committee'],
    sources: ['https://khmernas.com/archives/54725'],
  },
  {
    en: 'Royal Capital and Provincial Administrations',
    km: 'រដ្ឋបាលរាជធានី-ខេត្ត',
    variants: ['រដ្ឋបាលរាជធានី ខេត្ត'],
    entries: ['bodies/royal-capital-and-provincial-administrations'],
    sources: ['https://www.lawlyheng.com/2022/04/blog-post_29.html'],
  },
  { en: 'ministries and institutions', km: 'ក្រសួង-ស្ថាប័ន', variants: ['ក្រសួងស្ថាប័ន'], entries: ['bodies/ministries-and-institutions'], sources: ['https://www.reachseynews.com/news/11234'] },
  { en: 'sub-decree', km: 'អនុក្រឹត្យ', variants: [], entries: ['kinds/sub-decree'], sources: ['https://dap-news.com/national/2024/08/29/442712'] },
  { en: 'CamCERT', km: 'CamCERT', variants: ['ក្រុមឆ្លើយតបបន្ទាន់'] },
  { en: 'artificial intelligence', km: 'បញ្ញាសិប្បនិម្មិត', variants: ['បញ្ញាសិប្បនិមិត្ត'] },
  { en: 'e-commerce', km: 'ពាណិជ្ជកម្មតាមប្រព័ន្ធអេឡិចត្រូនិក', variants: ['ពាណិជ្ជកម្មអេឡិចត្រូនិក'] },
  { en: 'educational institutions', km: 'គ្រឹះស្ថានអប់រំ', variants: ['គ្រឹះស្ថានសិក្សា'] },
  { en: 'most esteemed (recommendations, notes)', km: 'ដ៏ខ្ពង់ខ្ពស់', variants: ['ដ៏ខ្ពង់ខ្ពស់បំផុត'] },
  { en: 'Samdech (Moha Borvor) Thipadei Prime Minister', km: 'ធិបតី នាយករដ្ឋមន្ត្រី', variants: ['ធិបតីនាយករដ្ឋមន្ត្រី'] },
  { en: 'quotation marks', km: '“…”', variants: ['«', '»'] },
];

/** The second forms of glossary terms that a Khmer text uses, e.g. ["ក្រុមឆ្លើយតបបន្ទាន់ (CamCERT)"]. */
export function secondForms(text: string): string[] {
  return glossary.flatMap((term) => term.variants.filter((variant) => text.includes(variant)).map((variant) => `${variant} (${term.en}: write ${term.km})`));
}

export function checkGlossaryForms(entries: TruthEntry<unknown>[], problems: Problems): void {
  for (const entry of entries) {
    const khmerBody = /\/km\/[^/]+\.md$/.test(entry.file) ? entry.body : undefined;
    if (khmerBody !== undefined) {
      for (const form of secondForms(khmerBody)) problems.push({ file: entry.file, field: 'body', message: `uses a second form of a glossary term: ${form}` });
    }
    walkLocalized(entry.data, '', (text, path) => {
      if (typeof text.km !== 'string') return;
      for (const form of secondForms(text.km)) problems.push({ file: entry.file, field: path ? `${path}.km` : 'km', message: `uses a second form of a glossary term: ${form}` });
    });
    const key = /src\/content\/((?:bodies|instruments|kinds)\/[^/]+)\.yaml$/.exec(entry.file)?.[1];
    const term = key ? glossary.find((candidate) => candidate.entries?.includes(key)) : undefined;
    const data = entry.data as { name?: { km?: string; kmStatus?: string }; kmSource?: string };
    if (!term || data.name?.kmStatus !== 'established') continue;
    if (!data.name.km?.includes(term.km)) {
      problems.push({ file: entry.file, field: 'name.km', message: `the established Khmer name of "${term.en}" is ${term.km}` });
    }
    if (term.sources && !term.sources.some((source) => data.kmSource?.startsWith(source))) {
      problems.push({ file: entry.file, field: 'kmSource', message: `is not one of the glossary's sources for "${term.en}"` });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 6. Document numbers are shown exactly as the source writes them, in both languages.

const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';
const toKhmerDigits = (text: string) => text.replace(/\d/g, (digit) => KHMER_DIGITS[Number(digit)] ?? digit);

export function checkNumbersAsWritten(directives: TruthEntry<DirectiveData>[], references: TruthEntry<ReferenceData>[], entries: TruthEntry<unknown>[], problems: Problems): void {
  const numbers = [...directives.map((directive) => directive.data.number), ...references.flatMap((reference) => (reference.data.number ? [reference.data.number] : []))];
  // The number's digits in Khmer numerals next to its letters (e.g. "២៦៥ SCN", "KN/០២៥"): a number that does not exist.
  const hybrids = numbers.flatMap((number) => {
    const digitRuns = number.match(/\d+/g) ?? [];
    return digitRuns.map((run) => ({ number, pattern: new RegExp(`${toKhmerDigits(run)}(?=\\s*[A-Z/.])|(?<=[A-Z/]\\s*)${toKhmerDigits(run)}`) }));
  });
  const check = (text: string, file: string, field: string, english?: string) => {
    for (const hybrid of hybrids) {
      if (hybrid.pattern.test(text)) problems.push({ file, field, message: `writes document number "${hybrid.number}" with Khmer digits; numbers are shown as the source writes them` });
    }
    if (english === undefined) return;
    for (const number of numbers) {
      if (english.includes(number) && !text.includes(number)) {
        problems.push({ file, field, message: `the English text names document "${number}", the Khmer text must write it the same way` });
      }
    }
  };
  for (const entry of entries) {
    if (entry.body !== undefined && /\/km\//.test(entry.file)) check(entry.body, entry.file, 'body');
    walkLocalized(entry.data, '', (text, path) => {
      if (typeof text.km === 'string') check(text.km, entry.file, path ? `${path}.km` : 'km', typeof text.en === 'string' ? text.en : undefined);
    });
  }
}

// ---------------------------------------------------------------------------------------------

/** Every rule of this file, over the parsed entries of each collection. */
export function checkTruthRules(valid: Map<string, TruthEntry<unknown>[]>, problems: Problems): void {
  const of = <T>(name: string) => (valid.get(name) ?? []) as TruthEntry<T>[];
  const directives = of<DirectiveData>('directives');
  const recommendations = of<RecommendationData>('recommendations');
  const obligations = of<ObligationData>('obligations');
  const all = [...valid.values()].flat();
  checkQuoteOverlaps(obligations, recommendations, directives, problems);
  checkModality(obligations, recommendations, directives, problems);
  checkActors(obligations, directives, of<BodyData>('bodies'), problems);
  checkKhmerNameSources([...of<BodyData>('bodies'), ...of<InstrumentData>('instruments'), ...all.filter((entry) => !/\/(bodies|instruments)\//.test(entry.file))], problems);
  // A document's own Khmer (issued or held in Khmer) is printed text: its terms and digits are the
  // issuer's, not ours to bring in line with the glossary or the English.
  const ownKhmer = new Set(directives.filter((directive) => directive.data.texts.km?.status === 'original' || directive.data.texts.km?.status === 'held').map((directive) => directive.id));
  const directiveOf = (entry: TruthEntry<unknown>) => (entry.data as { directive?: { id?: string } } | null)?.directive?.id;
  // Only the printed Khmer is exempt: the header's fields marked "original", the Khmer texts and their
  // sentences. What we write in such a directive (source.description) is still checked.
  const withoutPrinted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(withoutPrinted);
    if (value === null || typeof value !== 'object') return value;
    if ((value as { kmStatus?: unknown }).kmStatus === 'original') return null;
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, withoutPrinted(child)]));
  };
  const ours = all
    .filter((entry) => !(ownKhmer.has(directiveOf(entry) ?? '') && /\/(sentences\/|recommendations\/[^/]+\/km\/)/.test(entry.file)))
    .map((entry) => (ownKhmer.has(entry.id) && /\/directives\//.test(entry.file) ? { ...entry, data: withoutPrinted(entry.data) } : entry));
  checkGlossaryForms(ours, problems);
  checkNumbersAsWritten(directives, of<ReferenceData>('references'), ours, problems);
}

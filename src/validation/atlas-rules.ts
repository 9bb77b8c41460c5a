import type { Atlas, AtlasEntry } from '../lib/atlas.ts';
import { langs, translatedLang, type Lang } from '../i18n/locales.ts';
import { plainText } from '../lib/plain-text.ts';
import { checkReports } from './report-rules.ts';
import { checkTruthRules, type TruthEntry } from './truth-rules.ts';
import { checkSentences } from './sentence-rules.ts';
import { checkRelations, checkTexts, checkUnits, languageName } from './document-rules.ts';
import { quotedLang } from '../lib/texts.ts';
import { checkReview, withoutPlaceholderProblems } from './review-rules.ts';
import { eachObject, eachString } from './walk.ts';

/**
 * The rules that span entries and files, as pure functions over the one atlas that Astro's content
 * collections loaded. The build runs them (src/data/load-atlas.ts) and stops on any problem; the
 * fast tests run them on small changes of the real atlas.
 */

/** One problem, naming the content file and the field. */
export interface ContentProblem {
  file: string;
  field?: string;
  message: string;
}

/** What the rules need from outside the atlas: the bytes of a source file (undefined when missing), and the build's date. */
export interface RuleContext {
  readSource: (path: string) => Uint8Array | undefined;
  sha256: (bytes: Uint8Array) => string;
  /** The date of the build, YYYY-MM-DD: no follow-up report may be dated after it. */
  today: string;
  /** A preview (dev server, `npm run build -- --drafts`): drafts are shown, marked, instead of refused. */
  drafts?: boolean;
}

type Problems = ContentProblem[];
const fileOf = (entry: AtlasEntry) => entry.filePath ?? entry.id;
const problem = (entry: AtlasEntry, field: string | undefined, message: string): ContentProblem => (field ? { file: fileOf(entry), field, message } : { file: fileOf(entry), message });

/** Every entry of every collection, with its collection name. */
function everyEntry(atlas: Atlas): { collection: keyof Atlas; entry: AtlasEntry }[] {
  return (Object.keys(atlas) as (keyof Atlas)[]).flatMap((collection) => (atlas[collection] as AtlasEntry[]).map((entry) => ({ collection, entry })));
}

const fieldIn = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** File names become ids and URLs; data files are `.yaml` and texts `.md`, nothing else. */
export function checkFileNames(atlas: Atlas, problems: Problems): void {
  for (const { collection, entry } of everyEntry(atlas)) {
    const file = fileOf(entry);
    const extension = collection === 'recommendations' ? '.md' : '.yaml';
    if (!file.endsWith(extension)) problems.push(problem(entry, undefined, `${collection} files end in ${extension}`));
    if (!entry.id.split('/').every((segment) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(segment))) {
      problems.push(problem(entry, undefined, 'file name must be lower-case letters, digits and single hyphens (it becomes the id)'));
    }
    // Only texts and obligations live in per-directive folders; anything else in a subfolder would get an id no page links to.
    if (entry.id.includes('/') && collection !== 'recommendations' && collection !== 'obligations') {
      problems.push(problem(entry, undefined, `${collection} files lie directly in src/content/${collection}/, not in a subfolder`));
    }
  }
}

// U+FFFD is what invalid UTF-8 becomes; bidi controls can make a text display other than it reads.
const UNSAFE_CHARACTERS: [RegExp, string][] = [
  [/\uFFFD/, 'contains U+FFFD, the mark of bytes that are not valid UTF-8'],
  [/[\u202A-\u202E\u2066-\u2069]/, 'contains a bidirectional control character, which can make text display other than it reads'],
  [/\uFEFF/, 'contains a byte-order mark (U+FEFF)'],
];

/** No invalid UTF-8, bidi override or stray BOM anywhere in the data or the texts. */
export function checkCharacters(atlas: Atlas, problems: Problems): void {
  for (const { entry } of everyEntry(atlas)) {
    const check = (text: string, path: string) => {
      for (const [pattern, message] of UNSAFE_CHARACTERS) if (pattern.test(text)) problems.push(problem(entry, path, message));
    };
    eachString(entry.data, '', check);
    if (entry.body !== undefined) check(entry.body, 'body');
  }
}

/** Every `{ id, collection }` reference names an entry that exists (Astro only logs unknown ids). */
export function checkReferences(atlas: Atlas, problems: Problems): void {
  const ids = new Map<string, Set<string>>(Object.entries(atlas).map(([name, entries]) => [name, new Set((entries as AtlasEntry[]).map((entry) => entry.id))]));
  for (const { entry } of everyEntry(atlas)) {
    eachObject(entry.data, '', (record, path) => {
      if (typeof record.id === 'string' && typeof record.collection === 'string' && Object.keys(record).length === 2 && !ids.get(record.collection)?.has(record.id)) {
        problems.push(problem(entry, path, `unknown ${record.collection} id "${record.id}"`));
      }
    });
  }
}

/** A text marked as our translation must be in the translated language's script. */
export function checkTranslations(atlas: Atlas, problems: Problems): void {
  const lang = translatedLang;
  for (const { entry } of everyEntry(atlas)) {
    eachObject(entry.data, '', (record, path) => {
      const text = record[lang];
      const status = record[`${lang}Status`];
      if ((status === 'unofficial' || status === 'original') && typeof text === 'string' && !/[\u1780-\u17ff]/.test(text)) {
        problems.push(
          problem(entry, fieldIn(path, lang), status === 'original' ? 'is marked as the Khmer original but contains no Khmer text' : 'is marked as our Khmer translation but contains no Khmer text'),
        );
      }
    });
  }
}

// Directive text is prose: any tag or expression in its body could inject markup (or run code, were it
// ever compiled as MDX); ESM lines are refused for the same reason.
const UNSAFE_PROSE: [RegExp, string][] = [
  [/<[A-Za-z!/?]|[{}]|^\s*(?:import|export)\s/m, 'must be plain Markdown prose: HTML tags, {expressions}, import and export are not allowed'],
  [/!\[[^\]]*\]\(/, 'must not embed images: directive text is prose'],
  [/\]\(\s*<?\s*(?!https:\/\/|\/|#)[^)]*\)|^\s*\[[^\]]+\]:\s*(?!https:\/\/|\/|#)/im, 'links may only go to https:// addresses, site paths (/...) or anchors (#...)'],
  [/^\s{0,3}#{1,6}\s|^\s{0,3}(?:=+|-+)\s*$/m, 'must not contain Markdown headings: the page has its own'],
];

/** Recommendations: numbered once per language, all announced ones present in both languages, safe prose. */
export function checkRecommendations(atlas: Atlas, problems: Problems): void {
  const seen = new Map<string, string>();
  for (const rec of atlas.recommendations) {
    const key = `${rec.data.directive.id}/${rec.data.lang}/${rec.data.number}`;
    const earlier = seen.get(key);
    if (earlier) problems.push(problem(rec, 'number', `duplicate recommendation number ${rec.data.number} (${rec.data.lang}) in directive "${rec.data.directive.id}", also in ${earlier}`));
    else seen.set(key, fileOf(rec));
    const folder = fileOf(rec).split('/').slice(-3, -1).join('/');
    if (rec.filePath && folder !== `${rec.data.directive.id}/${rec.data.lang}`) {
      problems.push(problem(rec, 'directive', `the file lies in ${folder}/ but says directive "${rec.data.directive.id}", language "${rec.data.lang}"`));
    }
    if (!rec.body?.trim()) problems.push(problem(rec, 'body', 'the recommendation text is empty'));
    else {
      for (const [pattern, message] of UNSAFE_PROSE) if (pattern.test(rec.body)) problems.push(problem(rec, 'body', message));
      if (rec.data.lang === translatedLang && !/[\u1780-\u17ff]/.test(rec.body)) problems.push(problem(rec, 'body', 'is a Khmer translation but contains no Khmer text'));
      if (rec.data.lang !== translatedLang && /[\u1780-\u17ff]/.test(rec.body)) problems.push(problem(rec, 'body', 'is English source text but contains Khmer script'));
    }
  }
  for (const directive of atlas.directives) {
    for (const lang of langs) {
      // A language the directive has no text in has no recommendations (checkTexts refuses any that is there).
      if (!directive.data.texts[lang]) continue;
      for (let number = 1; number <= directive.data.recommendationCount; number++) {
        if (!seen.has(`${directive.id}/${lang}/${number}`)) {
          problems.push(
            problem(
              directive,
              'recommendationCount',
              `announces ${directive.data.recommendationCount} recommendations but recommendation ${number} has no ${lang === translatedLang ? 'Khmer translation' : 'English text'}: add src/content/recommendations/${directive.id}/${lang}/${String(number).padStart(2, '0')}.md`,
            ),
          );
        }
      }
    }
  }
  const announced = new Map(atlas.directives.map((directive) => [directive.id, directive.data.recommendationCount]));
  for (const rec of atlas.recommendations) {
    const count = announced.get(rec.data.directive.id);
    if (count !== undefined && rec.data.number > count) problems.push(problem(rec, 'number', `directive "${rec.data.directive.id}" announces only ${count} recommendations`));
  }
}

/** Lists that name the same thing twice say one thing twice: refuse them. */
function checkDuplicates(entry: AtlasEntry, field: string, ids: readonly string[], problems: Problems): void {
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) problems.push(problem(entry, `${field}[${index}]`, `"${id}" is listed twice`));
  });
}

/**
 * A quote must be whole words of the text, not white space or a fragment cut inside a word. Khmer writes
 * no space between words: a Khmer quote must at least not cut a letter from its vowel signs or subscripts.
 */
function quoteProblem(quote: string, text: string, lang: Lang): string | undefined {
  const span = plainText(quote);
  const letters = lang === 'km' ? /[\u1780-\u17b3]{3}/ : /[A-Za-z]{3}/;
  if (span.length < 8 || !letters.test(span)) return 'must be at least eight characters of words of the text';
  const at = text.indexOf(span);
  if (at < 0) return undefined;
  if (lang === 'km') {
    // A vowel sign, sign or subscript (COENG, U+17D2) belongs to the letter before it.
    const attached = /^[\u17b4-\u17d3\u17dd]/u;
    const next = text[at + span.length] ?? '';
    return attached.test(span) || attached.test(next) || span.endsWith('\u17d2') ? 'starts or ends inside a Khmer syllable of the text' : undefined;
  }
  const before = text[at - 1];
  const after = text[at + span.length];
  if ((before && /[\p{L}\p{N}]/u.test(before) && /^[\p{L}\p{N}]/u.test(span)) || (after && /[\p{L}\p{N}]/u.test(after) && /[\p{L}\p{N}]$/u.test(span))) {
    return 'starts or ends inside a word of the text';
  }
  return undefined;
}

/**
 * Obligations: named after their recommendation, in their directive's folder, quoting whole words of
 * it verbatim; a deadline's words are in the quote; no body, theme or instrument listed twice.
 */
export function checkObligations(atlas: Atlas, problems: Problems): void {
  // Recommendation 0 is the directive's introduction, whose instruction is an obligation too. Quotes are
  // in the document's English text where it has one, else in its own (quotedLang).
  const quoted = new Map(atlas.directives.map((directive) => [directive.id, quotedLang(directive.data.texts)]));
  const quotedText = new Map([
    ...atlas.directives.map((directive) => [`${directive.id}/0`, plainText(directive.data.intro[quoted.get(directive.id)!] ?? '')] as const),
    ...atlas.recommendations.filter((rec) => rec.data.lang === quoted.get(rec.data.directive.id)).map((rec) => [`${rec.data.directive.id}/${rec.data.number}`, plainText(rec.body ?? '')] as const),
  ]);
  for (const obligation of atlas.obligations) {
    const { directive, recommendation, quote, deadline } = obligation.data;
    if (!/(^|\/)r\d{2}-o\d+$/.test(obligation.id)) {
      problems.push(problem(obligation, undefined, 'obligation files are named r<NN>-o<N>.yaml (recommendation and obligation number)'));
    } else if (Number(/r(\d{2})-o\d+$/.exec(obligation.id)?.[1]) !== recommendation) {
      problems.push(problem(obligation, 'recommendation', `is ${recommendation} but the file name says another recommendation`));
    }
    if (obligation.id.split('/')[0] !== directive.id) {
      problems.push(problem(obligation, 'directive', `is "${directive.id}" but the file lies in the folder of "${obligation.id.split('/')[0]}"`));
    }
    const text = quotedText.get(`${directive.id}/${recommendation}`);
    const quoteLang = quoted.get(directive.id) ?? 'en';
    const shape = quoteProblem(quote, text ?? '', quoteLang);
    if (text === undefined) problems.push(problem(obligation, 'recommendation', `directive "${directive.id}" has no ${languageName[quoteLang]} recommendation ${recommendation}`));
    else if (shape) problems.push(problem(obligation, 'quote', shape));
    else if (!text.includes(plainText(quote))) problems.push(problem(obligation, 'quote', `is not a verbatim span of recommendation ${recommendation}`));
    if (deadline && !plainText(quote).toLowerCase().includes(plainText(deadline.text).toLowerCase())) {
      problems.push(problem(obligation, 'deadline.text', `"${deadline.text}" is not in the quote: a deadline is shown as the letter's own words`));
    }
    if (deadline && !/[\u1780-\u17ff]/.test(deadline.km)) problems.push(problem(obligation, 'deadline.km', 'is our Khmer translation but contains no Khmer text'));
    checkDuplicates(
      obligation,
      'actors',
      obligation.data.actors.map((actor) => actor.body.id),
      problems,
    );
    checkDuplicates(
      obligation,
      'concerns',
      obligation.data.concerns.map((body) => body.id),
      problems,
    );
    checkDuplicates(
      obligation,
      'themes',
      obligation.data.themes.map((theme) => theme.id),
      problems,
    );
    checkDuplicates(
      obligation,
      'instruments',
      obligation.data.instruments.map((instrument) => instrument.id),
      problems,
    );
  }
}

/** Collectives are collectives; a mention names one entry, and is long enough not to link every word. */
export function checkBodiesAndMentions(atlas: Atlas, problems: Problems): void {
  const kindOf = new Map(atlas.bodies.map((body) => [body.id, body.data.kind]));
  for (const body of atlas.bodies) {
    body.data.memberOf.forEach((collective, index) => {
      const kind = kindOf.get(collective.id);
      if (kind !== undefined && kind !== 'collective' && kind !== 'subnational-administration') {
        problems.push(problem(body, `memberOf[${index}]`, `"${collective.id}" is a ${kind}, not a collective`));
      }
    });
    checkDuplicates(
      body,
      'memberOf',
      body.data.memberOf.map((collective) => collective.id),
      problems,
    );
  }
  const owners = new Map<string, string>();
  for (const entry of [...atlas.bodies, ...atlas.instruments]) {
    for (const lang of langs) {
      entry.data.mentions[lang].forEach((mention, index) => {
        const field = `mentions.${lang}[${index}]`;
        const words = mention.trim().split(/\s+/).filter(Boolean);
        if (mention.trim() !== mention || (lang !== translatedLang && words.length < 2 && !/^[A-Z][A-Za-z]*[A-Z]/.test(mention)) || (lang === translatedLang && mention.trim().length < 4)) {
          problems.push(problem(entry, field, `"${mention}" is too short or padded to be a mention: it would link text that is not this ${entry.id}`));
        }
        const key = `${lang}:${mention}`;
        const owner = owners.get(key);
        if (owner) problems.push(problem(entry, field, `"${mention}" is already a mention of ${owner}`));
        else owners.set(key, fileOf(entry));
      });
    }
  }
}

/** Each directive's source file exists and has the recorded SHA-256. */
export function checkSources(atlas: Atlas, context: RuleContext, problems: Problems): void {
  for (const directive of atlas.directives) {
    const { file, sha256 } = directive.data.source;
    const bytes = context.readSource(file);
    if (bytes === undefined) problems.push(problem(directive, 'source.file', `${file} does not exist`));
    else if (context.sha256(bytes) !== sha256) problems.push(problem(directive, 'source.sha256', `does not match ${file} (its SHA-256 is ${context.sha256(bytes)})`));
  }
}

/** The atlas as the faithfulness rules of truth-rules.ts read it: entries with their file, by collection. */
function truthEntries(atlas: Atlas): Map<string, TruthEntry<unknown>[]> {
  return new Map(
    Object.entries(atlas).map(([name, entries]) => [
      name,
      (entries as AtlasEntry[]).map((entry) => ({ id: entry.id, file: fileOf(entry), data: entry.data, ...(entry.body === undefined ? {} : { body: entry.body }) })),
    ]),
  );
}

/** Every rule, in order; an empty list means the content may be published. */
export function atlasProblems(atlas: Atlas, context: RuleContext): ContentProblem[] {
  const problems: Problems = [];
  checkFileNames(atlas, problems);
  checkCharacters(atlas, problems);
  checkReferences(atlas, problems);
  checkTranslations(atlas, problems);
  checkRecommendations(atlas, problems);
  checkUnits(atlas, problems);
  checkTexts(atlas, problems);
  checkRelations(atlas, problems);
  checkObligations(atlas, problems);
  checkBodiesAndMentions(atlas, problems);
  checkSources(atlas, context, problems);
  checkSentences(atlas, problems);
  checkTruthRules(truthEntries(atlas), problems);
  checkReports(atlas, context.today, problems);
  checkReview(atlas, context.drafts ?? false, problems);
  return context.drafts ? withoutPlaceholderProblems(atlas, problems) : problems;
}

/** One line per problem: `file: field "x": message`. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((item) => `${item.file}: ${item.field ? `field "${item.field}": ` : ''}${item.message}`).join('\n');
}

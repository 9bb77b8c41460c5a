import type { BodyData } from '../../schemas/body.ts';
import { normalizeKhmerMapped } from '../khmer-normalize.ts';
import type { ImportLang } from './parse-document.ts';

/**
 * Finds the bodies of the registry that a text names: by name, by the letter's mentions, by acronym
 * (exact, a whole word) and by Khmer name. English names match whatever their case and commas, and
 * without "and" ("all relevant ministries, institutions" names "Ministries and institutions"); Khmer
 * names match whatever the COENG TA / DA or hyphen. The longest name wins where names overlap
 * ("MPTC Security Operations Center" over "MPTC"). Nothing is matched on a guess: a name the registry
 * does not hold is not a match.
 */

export type RegistryBody = Pick<BodyData, 'name' | 'acronym' | 'mentions'> & { id: string };

export interface BodyMatch {
  body: string;
  /** Where the name starts and ends in the text as written. */
  start: number;
  end: number;
  /** The words of the text that matched. */
  words: string;
  /** How: its name, a mention, its acronym or its Khmer name. */
  how: 'name' | 'mention' | 'acronym' | 'khmer name' | 'khmer mention' | 'short name';
}

interface Token {
  word: string;
  start: number;
  end: number;
}

const DROPPED = new Set(['and']);
function tokens(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}’'“”"-]+/gu)]
    .map((match) => ({ word: match[0].toLowerCase().replace(/[“”"]/g, ''), start: match.index, end: match.index + match[0].length }))
    .filter((token) => token.word && !DROPPED.has(token.word));
}

/** English forms of a body: its name, the name without a bracketed acronym, before a comma (a person's name), its mentions. */
function englishForms(body: RegistryBody): { form: string; how: BodyMatch['how'] }[] {
  const name = body.name.en;
  const forms: { form: string; how: BodyMatch['how'] }[] = [{ form: name, how: 'name' }];
  const bare = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (bare !== name) forms.push({ form: bare, how: 'short name' });
  if (name.includes(',') && /^[A-Z]/.test(name)) forms.push({ form: name.split(',')[0]!, how: 'short name' });
  for (const mention of body.mentions.en) forms.push({ form: mention, how: 'mention' });
  return forms;
}

const khmerForm = (text: string) => text.replace(/[-‐]/g, ' ').replace(/\s+/g, ' ').trim();

function englishMatches(text: string, bodies: RegistryBody[]): BodyMatch[] {
  const textTokens = tokens(text);
  const found: BodyMatch[] = [];
  for (const body of bodies) {
    for (const { form, how } of englishForms(body)) {
      const formTokens = tokens(form).map((token) => token.word);
      if (formTokens.length === 0) continue;
      for (let i = 0; i + formTokens.length <= textTokens.length; i++) {
        if (formTokens.every((word, k) => textTokens[i + k]!.word === word)) {
          const start = textTokens[i]!.start;
          const end = textTokens[i + formTokens.length - 1]!.end;
          found.push({ body: body.id, start, end, words: text.slice(start, end), how });
        }
      }
    }
    if (body.acronym) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${body.acronym.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
      for (const match of text.matchAll(pattern)) found.push({ body: body.id, start: match.index, end: match.index + match[0].length, words: match[0], how: 'acronym' });
    }
  }
  return found;
}

function khmerMatches(text: string, bodies: RegistryBody[]): BodyMatch[] {
  const mapped = normalizeKhmerMapped(khmerForm(text).normalize('NFC'));
  // khmerForm keeps every character's place (a hyphen becomes a space, runs of spaces are rare in print).
  const sameLength = khmerForm(text).length === text.length;
  const found: BodyMatch[] = [];
  for (const body of bodies) {
    const forms: { form: string; how: BodyMatch['how'] }[] = [{ form: body.name.km, how: 'khmer name' }, ...body.mentions.km.map((form) => ({ form, how: 'khmer mention' as const }))];
    if (body.acronym) forms.push({ form: body.acronym, how: 'acronym' });
    for (const { form, how } of forms) {
      const needle = normalizeKhmerMapped(khmerForm(form).normalize('NFC')).text;
      if (needle.length < 2) continue;
      let at = mapped.text.indexOf(needle);
      while (at >= 0) {
        const start = sameLength ? mapped.from[at]! : at;
        const end = sameLength ? mapped.to[at + needle.length - 1]! : at + needle.length;
        found.push({ body: body.id, start, end, words: text.slice(start, end), how });
        at = mapped.text.indexOf(needle, at + needle.length);
      }
    }
  }
  return found;
}

/** The bodies a text names, in the order it names them, overlaps resolved in favour of the longest name. */
export function matchBodies(text: string, lang: ImportLang, bodies: RegistryBody[]): BodyMatch[] {
  const all = lang === 'km' ? khmerMatches(text, bodies) : englishMatches(text, bodies);
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: BodyMatch[] = [];
  for (const match of all) if (!kept.some((other) => match.start < other.end && other.start < match.end)) kept.push(match);
  return kept.sort((a, b) => a.start - b.start);
}

/** The one body a whole line names (an issuer, addressee or signatory line), when it names exactly one, covering most of it. */
export function bodyOfLine(line: string, lang: ImportLang, bodies: RegistryBody[]): BodyMatch | undefined {
  const matches = matchBodies(line, lang, bodies);
  const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').length;
  const best = matches.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  return best && letters(best.words) >= 0.6 * letters(line) ? best : undefined;
}

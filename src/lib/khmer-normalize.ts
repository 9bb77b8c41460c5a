/**
 * One spelling for search: the index and the query are both read through `normalizeKhmer`, so that what
 * a reader types finds what the site writes, however either was typed. Only search sees this form;
 * readers always get the text exactly as written.
 *
 * What is folded, each a real variation of how Khmer is typed:
 * - COENG DA (្ដ) and COENG TA (្ត) are written interchangeably (សន្ដិសុខ / សន្តិសុខ): both become COENG TA;
 * - invisible characters (ZERO WIDTH SPACE, ZWNJ, ZWJ, WORD JOINER, BOM, SOFT HYPHEN) are dropped: many
 *   Khmer keyboards and word processors insert ZWSP between words;
 * - the deprecated independent vowels ឣ ឤ and the variant ឲ (as in ឲ្យ) become អ, អា and ឱ;
 * - split vowels typed as two signs (េ + ា, េ + ី) become the one sign they look like (ោ, ើ);
 * - the marks of each syllable are put back in the order Unicode prescribes: base, ROBAT, subscripts
 *   (COENG + letter), register shifter, vowel, then the other signs; so a vowel typed before a subscript
 *   (ក + ា + ្រ) or a sign before a vowel (ំ + ា) matches the correct spelling.
 */

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const COENG = '\u17d2';
const ROBAT = '\u17cc';
const isBase = (char: string) => /[\u1780-\u17b3]/.test(char);
const isShifter = (char: string) => char === '\u17c9' || char === '\u17ca';
const isVowel = (char: string) => /[\u17b6-\u17c5]/.test(char);
/** Signs after the vowel: NIKAHIT, REAHMUK, YUUKALEAPINTU, BANTOC ... VIRIAM, BATHAMASAT, ATTHACAN. */
const isSign = (char: string) => /[\u17c6-\u17c8\u17cb\u17cd-\u17d1\u17d3\u17dd]/.test(char);

const LETTER_FOLDS: Record<string, string> = { '\u17a3': '\u17a2', '\u17a4': '\u17a2\u17b6', '\u17b2': '\u17b1' };
const VOWEL_FOLDS: [string, string][] = [
  ['\u17c1\u17b6', '\u17c4'],
  ['\u17c1\u17b8', '\u17be'],
];

/** A syllable's marks in canonical order; `marks` is everything typed after its base. */
function orderMarks(marks: string[]): string {
  const robat: string[] = [];
  const subscripts: string[] = [];
  const shifters: string[] = [];
  const vowels: string[] = [];
  const signs: string[] = [];
  for (let index = 0; index < marks.length; index++) {
    const mark = marks[index] as string;
    if (mark === COENG) {
      const next = marks[index + 1];
      if (next !== undefined && isBase(next)) {
        subscripts.push(COENG + (next === '\u178a' ? '\u178f' : next));
        index++;
      } else signs.push(mark);
    } else if (mark === ROBAT) robat.push(mark);
    else if (isShifter(mark)) shifters.push(mark);
    else if (isVowel(mark)) vowels.push(mark);
    else signs.push(mark);
  }
  let vowel = vowels.join('');
  for (const [split, whole] of VOWEL_FOLDS) vowel = vowel.replace(split, whole);
  return robat.join('') + subscripts.join('') + shifters.join('') + vowel + signs.join('');
}

/** True for a character that belongs to the syllable before it (a mark, or the letter after COENG). */
function isMark(char: string): boolean {
  return char === COENG || char === ROBAT || isShifter(char) || isVowel(char) || isSign(char);
}

/**
 * The search form of a text, keeping for each character of the result the range of the original it
 * comes from (`from[i]`..`to[i]`), so that matches found in the normalised text can be marked in the
 * text as written. Ranges are whole syllables where marks were reordered.
 */
export function normalizeKhmerMapped(text: string): { text: string; from: number[]; to: number[] } {
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  const chars = [...text];
  const offsets: number[] = [];
  let offset = 0;
  for (const char of chars) {
    offsets.push(offset);
    offset += char.length;
  }
  offsets.push(offset);
  const emit = (piece: string, start: number, end: number) => {
    for (const unit of piece) {
      out += unit;
      for (let k = 0; k < unit.length; k++) {
        from.push(start);
        to.push(end);
      }
    }
  };
  let index = 0;
  while (index < chars.length) {
    const char = chars[index] as string;
    const start = offsets[index] as number;
    INVISIBLE.lastIndex = 0;
    if (INVISIBLE.test(char)) {
      index++;
      continue;
    }
    if (isBase(char) || isMark(char)) {
      // A syllable: a base (or stray marks) and every mark after it, invisible characters skipped.
      const base = isBase(char) ? (LETTER_FOLDS[char] ?? char) : '';
      const marks: string[] = isBase(char) ? [] : [char];
      let next = index + 1;
      while (next < chars.length) {
        const candidate = chars[next] as string;
        INVISIBLE.lastIndex = 0;
        if (INVISIBLE.test(candidate) && next + 1 < chars.length && isMark(chars[next + 1] as string)) {
          next++;
          continue;
        }
        if (isMark(candidate)) {
          marks.push(candidate);
          // The letter written below (after COENG) belongs to this syllable.
          if (candidate === COENG && next + 1 < chars.length && isBase(chars[next + 1] as string)) {
            marks.push(chars[next + 1] as string);
            next++;
          }
          next++;
        } else break;
      }
      const syllable = base + orderMarks(marks);
      const original = chars.slice(index, next).join('');
      if (syllable === original) {
        // Unchanged: map each character to itself, so marks can fall inside a syllable.
        for (let k = index; k < next; k++) emit(chars[k] as string, offsets[k] as number, offsets[k + 1] as number);
      } else emit(syllable, start, offsets[next] as number);
      index = next;
      continue;
    }
    emit(char, start, offsets[index + 1] as number);
    index++;
  }
  return { text: out, from, to };
}

/** The form of a text that search indexes and queries: see the module comment. */
export function normalizeKhmer(text: string): string {
  return normalizeKhmerMapped(text.normalize('NFC')).text;
}

/** Khmer letters and signs, not digits or punctuation: what makes a query Khmer rather than Latin. */
export const KHMER_LETTER = /[\u1780-\u17d3\u17dd]/;

/** Latin letters: a query with these and no Khmer letter is a Latin query. */
export const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;

/** Which script a query is written in: 'km', 'latin', or 'none' (digits, punctuation only). */
export function queryScript(query: string): 'km' | 'latin' | 'none' {
  if (KHMER_LETTER.test(query)) return 'km';
  return LATIN_LETTER.test(query) ? 'latin' : 'none';
}

/**
 * A query as search reads it: normalised, and with the spaces between two Khmer characters removed
 * (Khmer is written without spaces between words; the query is split into indexed words afterwards).
 */
export function normalizeQuery(query: string): string {
  return normalizeKhmer(query)
    .replace(/([\u1780-\u17ff])\s+(?=[\u1780-\u17ff])/g, '$1')
    .trim();
}

/**
 * Khmer text with the invisible characters between two Khmer characters removed (a ZWSP typed between
 * words, a ZWNJ inside one): the indexer reads the site's own Khmer through this before splitting it into
 * words, so text written with them is indexed as the words a reader types without them.
 */
export function withoutInvisibleInKhmer(text: string): string {
  return text.replace(/(?<=[\u1780-\u17ff])[\u200b-\u200d\u2060\ufeff\u00ad]+(?=[\u1780-\u17ff])/g, '');
}

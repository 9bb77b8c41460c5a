import { normalizeKhmerMapped } from './khmer-normalize.ts';

/** A piece of a shown text, marked when it matches a word of the query. */
export interface TextPart {
  text: string;
  marked: boolean;
}

/**
 * The words of a query worth marking, from the query as the index reads it (segmentQuery's output):
 * one-character pieces would mark half a page, so they are left out.
 */
export function markableWords(indexQuery: string): string[] {
  return [...new Set(indexQuery.split(/\s+/).filter((word) => [...word].length >= 2))];
}

/**
 * Splits a text as written into parts, marking every occurrence of a query word. Matching is done on
 * the search form of the text (normalizeKhmerMapped: ្ដ = ្ត, invisible characters ignored, marks in
 * order) and without case, so a word typed either way is marked; the parts give back the text exactly
 * as written, and a mark never cuts a Khmer syllable apart.
 */
export function markWords(text: string, words: readonly string[]): TextPart[] {
  const mapped = normalizeKhmerMapped(text);
  const lower = mapped.text.toLowerCase();
  const haystack = lower.length === mapped.text.length ? lower : mapped.text;
  const ranges: [number, number][] = [];
  for (const word of words) {
    const needle = haystack === lower ? word.toLowerCase() : word;
    if (needle.length === 0) continue;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
      ranges.push([mapped.from[at] as number, mapped.to[at + needle.length - 1] as number]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const parts: TextPart[] = [];
  let position = 0;
  for (const [first, end] of merged) {
    const start = Math.max(first, position);
    if (end <= start) continue;
    // Marks end after the whole syllable: a vowel or sign right after the match belongs to it.
    let stop = end;
    while (stop < text.length && /[\u17b6-\u17d3\u17dd]/.test(text[stop] as string)) stop++;
    if (start > position) parts.push({ text: text.slice(position, start), marked: false });
    parts.push({ text: text.slice(start, stop), marked: true });
    position = stop;
  }
  if (position < text.length) parts.push({ text: text.slice(position), marked: false });
  return parts;
}

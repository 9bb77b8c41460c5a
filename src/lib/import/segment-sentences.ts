/**
 * Sentence boundaries of a provision's text, as the reviewed sentence files draw them: an English
 * sentence ends with ".", "?" or "!" (a closing quotation mark may follow) before a space and a capital
 * letter; a Khmer sentence ends with KHAN (។) or BARIYOOSAN (៕) before a space. The text is kept byte
 * for byte: joined with single spaces, the sentences are the text.
 */

/** Abbreviations after which a full stop ends no sentence. */
const ABBREVIATIONS = /\b(?:No|Nos|Mr|Mrs|Ms|Dr|H\.E|St|Art|Arts|Ch|e\.g|i\.e|etc|vs|cf|p|pp)\.$/i;

/** Initials ("U.S.", "H.E."): no sentence ends after them. */
const INITIALS = /\b(?:[A-Z]\.){2,}$/;

export function splitSentences(text: string, lang: 'en' | 'km'): string[] {
  // Not inside ។ល។ (etc.), which goes on with its sentence.
  const boundary = lang === 'km' ? /(?<!។ល)[។៕](?!ល។)(?=\s+\S)/g : /[.?!][”’"')\]*]*(?=\s+[*“"‘(]*[A-Z0-9])/g;
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    const piece = text.slice(start, end).replace(/[”’"')\]*]+$/, '');
    if (lang === 'en' && (ABBREVIATIONS.test(piece) || INITIALS.test(piece))) continue;
    // ។ល។ ends nothing unless the text ends there.
    if (lang === 'km' && /។ល។$/.test(piece)) continue;
    sentences.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

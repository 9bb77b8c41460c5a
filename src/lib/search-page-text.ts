import { mapHtmlText } from './html-text.ts';
import { hasKhmer, searchableText } from './khmer-segment.ts';

/** Blocks whose text Pagefind would glue to the next block's ("Short name</dt><dd>MoEYS" -> "nameMoEYS"). */
const BLOCKS = ['dt', 'dd', 'li', 'p', 'td', 'th', 'div', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary', 'figcaption', 'blockquote', 'section', 'article'];
const BLOCK_END = new RegExp(`</(?:${BLOCKS.join('|')})>`, 'g');

/**
 * A built page as the search indexer gets it (readers never get this HTML): a space before each block's
 * end tag (the built pages close every block they open), so that the last word of one block and the
 * first of the next are indexed apart.
 */
export function withBlockBreaks(html: string): string {
  return html.replace(BLOCK_END, ' $&');
}

/**
 * A Khmer page as the indexer gets it: block breaks, and every Khmer run of its text split into words
 * with a separator Pagefind understands (src/lib/khmer-segment.ts), runs of pieces that form a word of
 * the vocabulary indexed whole too. Markup, scripts and attributes are left as they are.
 */
export function khmerPageForIndex(html: string, vocabulary: ReadonlySet<string>): string {
  return mapHtmlText(withBlockBreaks(html), (text) => (hasKhmer(text) ? searchableText(text, undefined, vocabulary) : text));
}

/** Hands every Khmer word of a page's text (not its markup, scripts or attributes) to `onWord`. */
export function khmerWordsOfPage(html: string, onWord: (word: string) => void): void {
  mapHtmlText(html, (text) => {
    if (hasKhmer(text)) searchableText(text, onWord);
    return text;
  });
}

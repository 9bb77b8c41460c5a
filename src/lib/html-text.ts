/**
 * The markup of an HTML page as the build writes it: a comment, a whole script or style element (its
 * content is code, not text), or a tag, whose quoted attribute values may hold '>'.
 */
const MARKUP = /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<[a-zA-Z!/][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/gi;

/**
 * The page with each run of text between two pieces of markup replaced by `map(run)`; the markup itself
 * (tags, attributes, comments, scripts, styles) is kept as it is. The search indexer uses it on the
 * built pages instead of parsing them into a tree and writing them back: the same text, a fraction of
 * the time (src/integrations/search-index.ts). The runs are raw HTML text (character references left
 * as written): meant for changes that only touch characters never written as references (Khmer).
 */
export function mapHtmlText(html: string, map: (text: string) => string): string {
  let result = '';
  let last = 0;
  for (const markup of html.matchAll(MARKUP)) {
    result += (markup.index > last ? map(html.slice(last, markup.index)) : '') + markup[0];
    last = markup.index + markup[0].length;
  }
  return result + (last < html.length ? map(html.slice(last)) : '');
}

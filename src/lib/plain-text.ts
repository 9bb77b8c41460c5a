/**
 * Text as a reader sees it: the emphasis marks our Markdown carries (`**bold**`, `*italic*`) removed
 * and every run of white space (line and page breaks included) folded into one space.
 */
export function plainText(markdown: string): string {
  return collapseWhitespace(markdown.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/\*([^*]+)\*/g, '$1'));
}

/** Folds every run of white space into a single space and trims the ends. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Blocks whose text Pagefind would glue to the next block's ("Short name</dt><dd>MoEYS" -> "nameMoEYS"). */
const BLOCKS = new Set(['dt', 'dd', 'li', 'p', 'td', 'th', 'div', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary', 'figcaption', 'blockquote', 'section', 'article']);

/**
 * The same on the HTML text, without parsing it (the built pages close every block they open): a space
 * before each block's end tag. For pages that need no other change before indexing.
 */
export function withBlockBreaks(html: string): string {
  return html.replace(BLOCK_END, ' $&');
}

const BLOCK_END = new RegExp(`</(?:${[...BLOCKS].join('|')})>`, 'g');

/**
 * Prepares a built page for the search indexer only (readers never get this HTML): a space at the end
 * of every block, so that the last word of one block and the first of the next are indexed apart.
 */
export default function rehypeSearchWordBreaks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (BLOCKS.has(node.tagName)) node.children.push({ type: 'text', value: ' ' });
    });
  };
}

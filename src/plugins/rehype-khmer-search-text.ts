import type { Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { hasKhmer, searchableText } from '../lib/khmer-segment.ts';

export interface KhmerSearchTextOptions {
  /** Receives every Khmer word indexed (to build the query vocabulary). */
  onWord?: (word: string) => void;
  /** Known words from a first pass: adjacent pieces forming one are indexed as that word too. */
  vocabulary?: ReadonlySet<string>;
}

/**
 * Prepares a built page for the search indexer only (readers never get this HTML): Khmer text is
 * split into words with a separator Pagefind understands, and Khmer numbers get their Western form.
 */
export default function rehypeKhmerSearchText(options: KhmerSearchTextOptions = {}) {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'element' && (node.tagName === 'script' || node.tagName === 'style')) return SKIP;
      if (node.type === 'text' && hasKhmer((node as Text).value)) (node as Text).value = searchableText((node as Text).value, options.onWord, options.vocabulary);
      return undefined;
    });
  };
}

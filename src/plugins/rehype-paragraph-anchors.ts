import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { anchors } from '../lib/routes.ts';

export interface ParagraphAnchorOptions {
  /**
   * The id of paragraph `index` (1-based) of a file, or undefined to leave the file alone.
   * Default: `rec-<number>-p<index>` from the `number` in the file's frontmatter.
   */
  idFor?: (index: number, file: VFile) => string | undefined;
}

/** Astro hands Markdown/MDX frontmatter to rehype plugins in `file.data.astro.frontmatter`. */
export function frontmatterOf(file: VFile): Record<string, unknown> {
  const astro = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
  return astro?.frontmatter ?? {};
}

const recommendationParagraphId = (index: number, file: VFile): string | undefined => {
  const number = frontmatterOf(file).number;
  return typeof number === 'number' ? anchors.recommendationParagraph(number, index) : undefined;
};

/**
 * Gives every top-level paragraph of directive text a stable id, so that a journalist can cite
 * (and link to) one paragraph. Ids depend only on the paragraph's position, never on its text.
 */
export default function rehypeParagraphAnchors(options: ParagraphAnchorOptions = {}) {
  const idFor = options.idFor ?? recommendationParagraphId;
  return (tree: Root, file: VFile) => {
    let index = 0;
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      index += 1;
      const id = idFor(index, file);
      if (id !== undefined && (node as Element).properties.id === undefined) node.properties.id = id;
    }
  };
}

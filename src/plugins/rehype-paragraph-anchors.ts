import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import type { ProvisionRef } from '../lib/provisions.ts';
import { anchors } from '../lib/routes.ts';
import type { ProvisionUnit } from '../schemas/kind.ts';

export interface ParagraphAnchorOptions {
  /**
   * The id of paragraph `index` (1-based) of a file, or undefined to leave the file alone.
   * Default: `rec-<number>-p<index>` (or `chp_2__art_5__para_<index>`) from the file's frontmatter.
   */
  idFor?: (index: number, file: VFile) => string | undefined;
}

/** Astro hands Markdown/MDX frontmatter to rehype plugins in `file.data.astro.frontmatter`. */
export function frontmatterOf(file: VFile): Record<string, unknown> {
  const astro = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
  return astro?.frontmatter ?? {};
}

/** The provision a text file is, from its frontmatter (`unit` defaults to recommendation, as in its schema). */
export function provisionOfFrontmatter(file: VFile): ProvisionRef | undefined {
  const { number, unit, chapter } = frontmatterOf(file);
  if (typeof number !== 'number') return undefined;
  return { unit: typeof unit === 'string' ? (unit as ProvisionUnit) : 'recommendation', number, chapter: typeof chapter === 'number' ? chapter : undefined };
}

const recommendationParagraphId = (index: number, file: VFile): string | undefined => {
  const ref = provisionOfFrontmatter(file);
  return ref ? anchors.provisionParagraph(ref, index) : undefined;
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

import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { frontmatterOf } from './rehype-paragraph-anchors.ts';

/** A string of the text that names a known body or instrument, with the page it links to. */
export interface Mention {
  /** The exact text, as it occurs. */
  text: string;
  /** The language of texts it may occur in. */
  lang: string;
  /** Where the link goes, e.g. `/en/bodies/mptc/`. */
  href: string;
}

export interface LinkMentionsOptions {
  /** Every known mention; the longest match wins where two overlap. */
  mentions: Mention[];
  /** The language of a file. Default: the `lang` field of its frontmatter. */
  langOf?: (file: VFile) => string | undefined;
}

interface Match {
  start: number;
  end: number;
  href: string;
}

/** Non-overlapping matches, left to right, the longest at each position. */
export function findMentions(text: string, mentions: Mention[]): Match[] {
  const byLength = [...mentions].sort((a, b) => b.text.length - a.text.length);
  const matches: Match[] = [];
  let position = 0;
  while (position < text.length) {
    let best: Match | undefined;
    for (const mention of byLength) {
      const start = text.indexOf(mention.text, position);
      if (start === -1) continue;
      if (!best || start < best.start) best = { start, end: start + mention.text.length, href: mention.href };
    }
    if (!best) break;
    matches.push(best);
    position = best.end;
  }
  return matches;
}

/**
 * Links mentions of known bodies and instruments to their pages. The text itself is never altered:
 * matched runs are only wrapped in `<a>`, so the element's text content stays the same.
 */
export default function rehypeLinkMentions(options: LinkMentionsOptions) {
  const langOf =
    options.langOf ??
    ((file: VFile) => {
      const lang = frontmatterOf(file).lang;
      return typeof lang === 'string' ? lang : undefined;
    });
  return (tree: Root, file: VFile) => {
    const lang = langOf(file);
    const mentions = options.mentions.filter((mention) => mention.lang === lang);
    if (mentions.length === 0) return;
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && (node.tagName === 'a' || node.tagName === 'code')) return SKIP;
      if (node.type !== 'text' || parent === undefined || index === undefined) return undefined;
      const value = (node as Text).value;
      const matches = findMentions(value, mentions);
      if (matches.length === 0) return undefined;
      const replacement: ElementContent[] = [];
      let cursor = 0;
      for (const match of matches) {
        if (match.start > cursor) replacement.push({ type: 'text', value: value.slice(cursor, match.start) });
        const link: Element = {
          type: 'element',
          tagName: 'a',
          properties: { href: match.href, className: ['mention'] },
          children: [{ type: 'text', value: value.slice(match.start, match.end) }],
        };
        replacement.push(link);
        cursor = match.end;
      }
      if (cursor < value.length) replacement.push({ type: 'text', value: value.slice(cursor) });
      parent.children.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}

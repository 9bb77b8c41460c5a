import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { parse } from 'yaml';
import { plainText } from '../lib/plain-text.ts';
import { anchors } from '../lib/routes.ts';
import { frontmatterOf, provisionOfFrontmatter } from './rehype-paragraph-anchors.ts';

/** A stored sentence in one language as it reads (Markdown emphasis removed), with its anchor id. */
export interface StoredSentence {
  id: string;
  text: string;
}

export interface SentenceAnchorOptions {
  /** The stored sentences of a file's text, in order, or undefined to leave the file alone. Default: read from src/content/sentences/. */
  sentencesFor?: (file: VFile) => StoredSentence[] | undefined;
  /**
   * The digest of the sentence files (sentenceFilesDigest()). Unused here: it sits in Astro's config,
   * whose digest keys the content store, so that a text rendered and stored before a sentence file
   * changed is rendered again instead of keeping its old anchors.
   */
  sentencesDigest?: string;
}

const SENTENCES_DIR = 'src/content/sentences';

/** A digest of every sentence file's name and bytes: the texts' rendering depends on them. */
export function sentenceFilesDigest(root = process.cwd()): string {
  const dir = join(root, SENTENCES_DIR);
  const hash = createHash('sha256');
  if (!existsSync(dir)) return hash.digest('hex');
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!name.endsWith('.yaml')) continue;
    hash
      .update(`${name}\0`)
      .update(readFileSync(join(dir, name)))
      .update('\0');
  }
  return hash.digest('hex');
}

interface SentencesFile {
  recommendations?: { number: number; sentences: ({ id: string } & Record<string, string>)[] }[];
}

/**
 * The last sentence files read, parsed, by path, modification time and size. A directive's 22 texts are
 * rendered one after the other (10 at a time) and each needs the same file: parsing it once per text
 * was 22,000 parses of a 47 KB file at 1,000 directives. A few files suffice; an edited file is read again.
 */
const parsedFiles = new Map<string, { version: string; data: SentencesFile }>();
const PARSED_FILES_KEPT = 16;

function sentencesFile(path: string): SentencesFile | undefined {
  if (!existsSync(path)) return undefined;
  const { mtimeMs, size } = statSync(path);
  const version = `${mtimeMs}/${size}`;
  const known = parsedFiles.get(path);
  if (known && known.version === version) return known.data;
  const data = parse(readFileSync(path, 'utf8')) as SentencesFile;
  parsedFiles.delete(path);
  if (parsedFiles.size >= PARSED_FILES_KEPT) parsedFiles.delete(parsedFiles.keys().next().value as string);
  parsedFiles.set(path, { version, data });
  return data;
}

/**
 * The stored sentences of a recommendation from its directive's sentences file (validated by the
 * build's rules in src/validation/sentence-rules.ts before any page is made).
 */
function storedSentences(file: VFile): StoredSentence[] | undefined {
  const { directive, number, lang } = frontmatterOf(file);
  if (typeof directive !== 'string' || typeof number !== 'number' || typeof lang !== 'string') return undefined;
  const data = sentencesFile(join(process.cwd(), SENTENCES_DIR, `${directive}.yaml`));
  const rec = data?.recommendations?.find((candidate) => candidate.number === number);
  const ref = provisionOfFrontmatter(file);
  return ref && rec?.sentences.map((sentence) => ({ id: anchors.provisionSentence(ref, sentence.id), text: plainText(sentence[lang] ?? '') }));
}

const textOf = (node: ElementContent): string => (node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '');

/** Thrown inside wrapSentences when the stored sentences do not fit the paragraph. */
class Mismatch extends Error {}

/**
 * Wraps every stored sentence of a paragraph in `<span id="rec-N-sK" class="sentence">`, leaving the text
 * exactly as it is: the boundaries are data, never guessed here. Returns the index of the next sentence.
 * Throws when a stored sentence is not where the boundaries put it.
 */
export function wrapSentences(paragraph: Element, sentences: StoredSentence[], start: number): number {
  const text = paragraph.children.map(textOf).join('');
  let next = start;
  let at = 0;
  // Sentence ranges within this paragraph, in order.
  const ranges: { id: string; from: number; to: number }[] = [];
  while (next < sentences.length) {
    const sentence = sentences[next] as StoredSentence;
    let from = at;
    while (from < text.length && /\s/.test(text[from] ?? '')) from++;
    if (from >= text.length) break;
    if (!text.startsWith(sentence.text, from)) throw new Mismatch(`sentence ${sentence.id} is not where the stored sentences put it: the text has ${JSON.stringify(text.slice(from, from + 40))}`);
    ranges.push({ id: sentence.id, from, to: from + sentence.text.length });
    at = from + sentence.text.length;
    next++;
  }
  const children: ElementContent[] = [];
  let open: Element | undefined;
  let offset = 0;
  const rangeAt = (position: number) => ranges.find((range) => range.from <= position && position < range.to);
  for (const child of paragraph.children) {
    const length = textOf(child).length;
    if (child.type !== 'text') {
      // Inline markup (emphasis, a link) stays whole, inside the sentence that holds it.
      const range = rangeAt(offset);
      if (range && offset + length > range.to) throw new Mismatch(`sentence ${range.id} ends inside inline markup`);
      (range && open?.properties.id === range.id ? open.children : children).push(child);
      offset += length;
      continue;
    }
    let cut = 0;
    const value = (child as Text).value;
    while (cut < value.length) {
      const position = offset + cut;
      const range = rangeAt(position);
      if (!range) {
        const nextRange = ranges.find((candidate) => candidate.from > position);
        const end = Math.min(value.length, (nextRange?.from ?? Infinity) - offset);
        children.push({ type: 'text', value: value.slice(cut, end) });
        open = undefined;
        cut = end;
        continue;
      }
      if (open?.properties.id !== range.id) {
        open = { type: 'element', tagName: 'span', properties: { id: range.id, className: ['sentence'] }, children: [] };
        children.push(open);
      }
      const end = Math.min(value.length, range.to - offset);
      open.children.push({ type: 'text', value: value.slice(cut, end) });
      cut = end;
    }
    offset += length;
  }
  paragraph.children = children;
  return next;
}

/**
 * Gives every sentence of a recommendation its anchor, from the stored sentence boundaries. When they do
 * not fit the text, the text is left unwrapped: the content rules (src/validation/sentence-rules.ts, run by
 * loadAtlas) then stop the build naming the file and the field, which an error thrown here, while the
 * content layer renders the text and before those rules run, would hide.
 */
export default function rehypeSentenceAnchors(options: SentenceAnchorOptions = {}) {
  const sentencesFor = options.sentencesFor ?? storedSentences;
  return (tree: Root, file: VFile) => {
    const sentences = sentencesFor(file);
    if (!sentences) return;
    const before = structuredClone(tree.children);
    try {
      let next = 0;
      for (const node of tree.children) {
        if (node.type === 'element' && node.tagName === 'p') next = wrapSentences(node, sentences, next);
      }
      if (next < sentences.length) throw new Mismatch(`stored sentence ${sentences[next]?.id} is not in the text`);
    } catch (error) {
      if (!(error instanceof Mismatch)) throw error;
      tree.children = before;
    }
  };
}

import type { Root } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeLinkMentions, { findMentions, type Mention } from '../../src/plugins/rehype-link-mentions.ts';
import rehypeParagraphAnchors from '../../src/plugins/rehype-paragraph-anchors.ts';

function fileWith(frontmatter: Record<string, unknown>, value: string): VFile {
  return new VFile({ value, data: { astro: { frontmatter } } });
}

async function run(html: string, frontmatter: Record<string, unknown>, plugin: (tree: Root, file: VFile) => void) {
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(() => plugin)
    .use(rehypeStringify);
  return String(await processor.process(fileWith(frontmatter, html)));
}

describe('rehype-paragraph-anchors', () => {
  it('numbers top-level paragraphs from the frontmatter number', async () => {
    const html = await run('<p>One.</p><blockquote><p>Quoted.</p></blockquote><p>Two.</p>', { number: 6 }, rehypeParagraphAnchors());
    expect(html).toBe('<p id="rec-6-p1">One.</p><blockquote><p>Quoted.</p></blockquote><p id="rec-6-p2">Two.</p>');
  });

  it('keeps an existing id and leaves files without a number alone', async () => {
    expect(await run('<p id="keep">A</p><p>B</p>', { number: 2 }, rehypeParagraphAnchors())).toBe('<p id="keep">A</p><p id="rec-2-p2">B</p>');
    expect(await run('<p>A</p>', {}, rehypeParagraphAnchors())).toBe('<p>A</p>');
  });

  it('accepts a custom id scheme', async () => {
    const html = await run('<p>A</p><p>B</p>', {}, rehypeParagraphAnchors({ idFor: (index) => `para-${index * 10}` }));
    expect(html).toBe('<p id="para-10">A</p><p id="para-20">B</p>');
  });
});

const mentions: Mention[] = [
  { text: 'MPTC', lang: 'en', href: '/en/bodies/mptc/' },
  { text: 'MPTC Security Operations Center', lang: 'en', href: '/en/bodies/soc/' },
  { text: 'the Royal Government', lang: 'en', href: '/en/bodies/rg/' },
  { text: 'Secretariat of the Reform of the Royal Government', lang: 'en', href: '/en/bodies/sec/' },
  { text: 'ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍', lang: 'km', href: '/km/bodies/mptc/' },
];

describe('rehype-link-mentions', () => {
  it('prefers the longest mention and the earliest start', () => {
    const text = 'the Secretariat of the Reform of the Royal Government and MPTC Security Operations Center, then MPTC';
    const found = findMentions(text, mentions).map((match) => text.slice(match.start, match.end));
    expect(found).toEqual(['Secretariat of the Reform of the Royal Government', 'MPTC Security Operations Center', 'MPTC']);
  });

  it('links mentions in the file language without changing the text', async () => {
    const source = '<p>MPTC shall, with the <em>MPTC Security Operations Center</em>, help the Royal Government.</p>';
    const html = await run(source, { lang: 'en' }, rehypeLinkMentions({ mentions }));
    expect(html).toContain('<a href="/en/bodies/mptc/" class="mention">MPTC</a> shall');
    expect(html).toContain('<em><a href="/en/bodies/soc/" class="mention">MPTC Security Operations Center</a></em>');
    expect(html).toContain('help <a href="/en/bodies/rg/" class="mention">the Royal Government</a>.');
    const before = unified().use(rehypeParse, { fragment: true }).parse(source);
    const after = unified().use(rehypeParse, { fragment: true }).parse(html);
    expect(textOf(after)).toBe(textOf(before));
  });

  it('links Khmer mentions only in Khmer files and never inside an existing link', async () => {
    const km = '<p>ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍ ត្រូវ</p>';
    expect(await run(km, { lang: 'km' }, rehypeLinkMentions({ mentions }))).toContain('<a href="/km/bodies/mptc/" class="mention">ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍</a> ត្រូវ');
    expect(await run(km, { lang: 'en' }, rehypeLinkMentions({ mentions }))).toBe(km);
    const linked = '<p><a href="/x/">MPTC</a></p>';
    expect(await run(linked, { lang: 'en' }, rehypeLinkMentions({ mentions }))).toBe(linked);
  });
});

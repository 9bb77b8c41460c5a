import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { Atlas } from '../../src/lib/atlas.ts';
import rehypeSentenceAnchors, { sentenceFilesDigest } from '../../src/plugins/rehype-sentence-anchors.ts';
import { sentencesMismatch } from '../../src/validation/sentence-rules.ts';
import { loadAtlas } from '../helpers/atlas.ts';
import { buildProblems } from '../helpers/validate.ts';

const directive = 'ocm-265-scn-pb-2025';
const file = `src/content/sentences/${directive}.yaml`;
type SentencesEntry = Atlas['sentences'][number];
const sentencesOf = (atlas: Atlas) => atlas.sentences.find((entry) => entry.id === directive) as SentencesEntry;
const rec = (atlas: Atlas, number: number) => {
  const found = sentencesOf(atlas).data.recommendations.find((candidate) => candidate.number === number);
  if (!found) throw new Error(`no sentences for recommendation ${number}`);
  return found;
};

describe('stored sentences (the real content)', () => {
  it('are, joined, exactly each recommendation text in both languages', () => {
    const atlas = loadAtlas();
    expect(buildProblems(atlas)).toEqual([]);
    for (const entry of atlas.recommendations.filter((candidate) => candidate.data.directive.id === directive)) {
      const stored = rec(atlas, entry.data.number).sentences.map((sentence) => sentence[entry.data.lang]);
      expect(stored.join(' ').replace(/\s+/g, ' ')).toBe((entry.body ?? '').trim().replace(/\s+/g, ' '));
    }
  });
  it("divide the letter's introduction and closing too: joined, they are the directive's texts in both languages", () => {
    const atlas = loadAtlas();
    const letter = atlas.directives.find((entry) => entry.id === directive)!.data;
    for (const part of ['intro', 'closing'] as const) {
      for (const lang of ['en', 'km'] as const) {
        expect(
          sentencesOf(atlas)
            .data[part].map((sentence) => sentence[lang])
            .join(' '),
          `${part} ${lang}`,
        ).toBe((letter[part][lang] ?? '').trim().replace(/\s+/g, ' '));
      }
    }
  });
});

interface BrokenCase {
  name: string;
  break: (atlas: Atlas) => void;
  field: string;
  message: RegExp;
}

const cases: BrokenCase[] = [
  {
    name: 'an English sentence that is not verbatim',
    break: (a) => void (rec(a, 8).sentences[1]!.en = 'MPTC must accelerate the construction of the National Data Centre as soon as possible.'),
    field: 'recommendations[7].sentences[1].en',
    message: /not the next sentence of recommendation 8 \(en\)/,
  },
  {
    name: 'a Khmer sentence missing (two Khmer sentences under one id)',
    break: (a) => {
      const sentences = rec(a, 8).sentences;
      sentences[1]!.km = `${sentences[1]!.km} ${sentences[2]!.km}`;
    },
    field: 'recommendations[7].sentences[2].km',
    message: /not the next sentence of recommendation 8 \(km\)/,
  },
  {
    name: 'a boundary inside a word',
    break: (a) => {
      const sentences = rec(a, 9).sentences;
      const text = sentences[0]!.en;
      sentences[0] = { id: 's1', en: text!.slice(0, 10), km: sentences[0]!.km };
      sentences.push({ id: 's2', en: text!.slice(10), km: 'ប្រយោគ' });
    },
    field: 'recommendations[8].sentences[0].en',
    message: /ending at a word's end/,
  },
  {
    name: 'the last sentence left out',
    break: (a) => void rec(a, 10).sentences.pop(),
    field: 'recommendations[9].sentences',
    message: /stop before its text does/,
  },
  {
    name: 'an id used twice',
    break: (a) => void (rec(a, 4).sentences[2]!.id = 's1'),
    field: 'recommendations[3].sentences[2].id',
    message: /"s1" is used twice in recommendation 4/,
  },
  {
    name: 'a recommendation with no sentences',
    break: (a) => void (sentencesOf(a).data.recommendations = sentencesOf(a).data.recommendations.filter((candidate) => candidate.number !== 5)),
    field: 'recommendations',
    message: /recommendation 5 is not divided into sentences/,
  },
  {
    name: 'a recommendation divided twice',
    break: (a) => void sentencesOf(a).data.recommendations.push(structuredClone(rec(a, 2))),
    field: 'recommendations[11].number',
    message: /recommendation 2 is divided twice/,
  },
  {
    name: 'a sentence id that is not s<number>',
    break: (a) => void (rec(a, 1).sentences[0]!.id = 'first'),
    field: 'recommendations[0].sentences[0].id',
    message: /"s" followed by a number/,
  },
  {
    name: "an English sentence of the introduction that is not the letter's",
    break: (a) => void (sentencesOf(a).data.intro[0]!.en = sentencesOf(a).data.intro[0]!.en!.replace('11 recommendations', 'eleven recommendations')),
    field: 'intro[0].en',
    message: /not the next sentence of the intro \(en\)/,
  },
  {
    name: 'a Khmer sentence of the closing that ends inside a word',
    break: (a) => void (sentencesOf(a).data.closing[0]!.km = sentencesOf(a).data.closing[0]!.km.slice(0, 12)),
    field: 'closing[0].km',
    message: /closing \(km\), verbatim and ending at a word's end/,
  },
  {
    name: 'the closing divided in two with its second sentence left out',
    break: (a) => {
      const closing = sentencesOf(a).data.closing;
      closing[0]!.en = closing[0]!.en!.split(' ').slice(0, 4).join(' ');
    },
    field: 'closing',
    message: /the sentences of the closing \(en\) stop before its text does/,
  },
  {
    name: 'an id used twice in the introduction',
    break: (a) => {
      const intro = sentencesOf(a).data.intro;
      const [first, ...rest] = intro[0]!.en!.split(', ');
      intro.splice(0, 1, { id: 's1', en: `${first},`, km: intro[0]!.km }, { id: 's1', en: rest.join(', '), km: 'ប្រយោគ' });
    },
    field: 'intro[1].id',
    message: /"s1" is used twice in the intro/,
  },
  {
    name: 'a sentence without its Khmer translation',
    break: (a) => void delete (rec(a, 11).sentences[0] as { km?: string }).km,
    field: 'recommendations[10].sentences[0].km',
    message: /string/,
  },
];

describe('broken sentence boundaries stop the build, naming the file and the field', () => {
  for (const item of cases) {
    it(item.name, () => {
      const atlas = loadAtlas();
      item.break(atlas);
      const problems = buildProblems(atlas);
      expect(
        problems.some((found) => found.file === file && found.field === item.field && item.message.test(found.message)),
        JSON.stringify(problems, null, 1),
      ).toBe(true);
    });
  }
  it('a directive without a sentences file', () => {
    const atlas = loadAtlas();
    atlas.sentences = [];
    expect(buildProblems(atlas)).toContainEqual(expect.objectContaining({ file: `src/content/directives/${directive}.yaml`, field: 'id', message: expect.stringMatching(/has no sentences file/) }));
  });
});

describe('sentencesMismatch', () => {
  it('accepts any white space between sentences and nothing else', () => {
    expect(sentencesMismatch('One. Two.\n\nThree.', ['One.', 'Two.', 'Three.'])).toBeUndefined();
    expect(sentencesMismatch('One. Two.', ['One.'])).toEqual({ index: 1, found: 'Two.' });
    expect(sentencesMismatch('One.Two.', ['One.', 'Two.'])).toEqual({ index: 0, found: 'One.T' });
  });
});

describe('rehype-sentence-anchors', () => {
  async function run(html: string, sentences: { id: string; text: string }[]) {
    const processor = unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeSentenceAnchors, { sentencesFor: () => sentences })
      .use(rehypeStringify);
    return String(await processor.process(new VFile({ value: html })));
  }
  it('wraps each stored sentence, keeping the text and inline markup as they were', async () => {
    const html = await run('<p>First, <em>with stress</em>. Second one. Third.</p>', [
      { id: 'rec-1-s1', text: 'First, with stress.' },
      { id: 'rec-1-s2', text: 'Second one.' },
      { id: 'rec-1-s3', text: 'Third.' },
    ]);
    expect(html).toBe(
      '<p><span id="rec-1-s1" class="sentence">First, <em>with stress</em>.</span> <span id="rec-1-s2" class="sentence">Second one.</span> <span id="rec-1-s3" class="sentence">Third.</span></p>',
    );
    const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
    expect(textOf(tree)).toBe('First, with stress. Second one. Third.');
  });
  it('never guesses: stored sentences that do not fit leave the text unwrapped (the content rules report them)', async () => {
    expect(await run('<p>One. Two.</p>', [{ id: 'rec-1-s1', text: 'One. Two. Three.' }])).toBe('<p>One. Two.</p>');
    expect(
      await run('<p>One. Two.</p>', [
        { id: 'rec-1-s1', text: 'One.' },
        { id: 'rec-1-s2', text: 'Two.' },
        { id: 'rec-1-s3', text: 'Three.' },
      ]),
    ).toBe('<p>One. Two.</p>');
    expect(
      await run('<p>One <em>two. Three</em>.</p>', [
        { id: 'rec-1-s1', text: 'One two.' },
        { id: 'rec-1-s2', text: 'Three.' },
      ]),
    ).toBe('<p>One <em>two. Three</em>.</p>');
  });
});

describe('the texts are rendered again when a sentence file changes', () => {
  it('the digest of the sentence files, which keys the stored rendering, changes with any byte of them', () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-sentences-'));
    try {
      cpSync(join(process.cwd(), 'src/content/sentences'), join(root, 'src/content/sentences'), { recursive: true });
      const before = sentenceFilesDigest(root);
      expect(sentenceFilesDigest(root)).toBe(before);
      writeFileSync(join(root, file), '# one more line\n', { flag: 'a' });
      expect(sentenceFilesDigest(root)).not.toBe(before);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

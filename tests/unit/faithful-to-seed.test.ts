import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { obligationsOf, recommendationsOf } from '../../src/lib/atlas.ts';
import { loadAtlas, projectRoot } from '../helpers/atlas.ts';
import { plainText, seedLine, seedListAfter, seedRecommendations, seedText } from '../helpers/seed.ts';

const atlas = loadAtlas();
const directive = atlas.directives.find((entry) => entry.id === 'ocm-265-scn-pb-2025');
const seed = seedRecommendations();
const english = directive ? recommendationsOf(atlas, directive.id, 'en') : [];

describe('the letter as data is the seed letter', () => {
  it('has the directive and the seed has 11 recommendations', () => {
    expect(directive).toBeDefined();
    expect([...seed.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(directive?.data.recommendationCount).toBe(seed.size);
  });

  it('records the hash of the project copy of the seed', () => {
    const file = readFileSync(`${projectRoot}/${directive?.data.source.file}`);
    expect(directive?.data.source.sha256).toBe(createHash('sha256').update(file).digest('hex'));
    expect(file.toString('utf8')).toBe(seedText);
  });

  it.each([...seed.keys()])('recommendation %i: the English text equals the seed paragraph', (number) => {
    const rec = english.find((entry) => entry.data.number === number);
    expect(rec, `no English recommendation ${number}`).toBeDefined();
    expect(plainText(rec?.body ?? '')).toBe(seed.get(number));
  });

  it('number, place and date, addressee and subject match the seed', () => {
    expect(seedLine('No.: ')).toBe(directive?.data.number);
    const written = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${directive?.data.date}T00:00:00Z`));
    expect(seedLine(`${directive?.data.place.en}, `)).toBe(written);
    expect(plainText(directive?.data.subject.en ?? '')).toBe(seedLine('Subject : '));
    expect(plainText(directive?.data.subject.en ?? '')).toContain(directive?.data.event?.en ?? '(no event)');
  });

  it('the references are the seed references, in order, with their numbers and dates', () => {
    const lines = seedListAfter('References : ');
    expect(directive?.data.references.map((ref) => plainText(ref.text.en ?? ''))).toEqual(lines);
    directive?.data.references.forEach((ref, index) => {
      const entry = atlas.references.find((candidate) => candidate.id === ref.reference.id);
      const line = lines[index] ?? '';
      if (entry?.data.number) expect(line).toContain(`No. ${entry.data.number}`);
      const written = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${entry?.data.date}T00:00:00Z`));
      expect(line).toContain(written);
    });
  });

  it('the Copy-to list, intro, closing and signature match the seed', () => {
    expect(directive?.data.copyTo.map((line) => line.text.en)).toEqual(seedListAfter('Copy to:'));
    const seedLines = seedText.split('\n');
    expect(seedLines).toContain(directive?.data.intro.en);
    expect(seedLines).toContain(directive?.data.closing.en);
    expect(seedLines).toContain(directive?.data.addressee?.text.en ?? '(no addressee)');
    expect(seedLines).toEqual(expect.arrayContaining(directive?.data.letterhead.map((line) => line.en) ?? ['?']));
    expect(seedText).toContain(directive?.data.signature.block.en);
    expect(seedText).toContain(directive?.data.signature.name.en);
    expect(seedText).toContain(directive?.data.sender.title.en);
  });
});

describe('obligations are grounded in the text', () => {
  const obligations = directive ? obligationsOf(atlas, directive.id) : [];

  it.each(obligations.map((obligation) => [obligation.id, obligation] as const))('%s: quote is a verbatim span of its recommendation (0: the introduction)', (_id, obligation) => {
    const text = obligation.data.recommendation === 0 ? seedText.split('\n').find((line) => line.startsWith('With respect to the above subject')) : seed.get(obligation.data.recommendation);
    expect(text).toContain(plainText(obligation.data.quote));
  });

  it.each([...seed.keys()])('recommendation %i: every sentence is covered by an obligation quote', (number) => {
    const text = seed.get(number) ?? '';
    const spans = obligations
      .filter((obligation) => obligation.data.recommendation === number)
      .map((obligation) => {
        const start = text.indexOf(plainText(obligation.data.quote));
        return [start, start + plainText(obligation.data.quote).length] as const;
      });
    const sentences = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)];
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) {
      const start = sentence.index;
      const end = start + sentence.segment.trimEnd().length;
      let covered = 0;
      for (let position = start; position < end; position++) {
        if (spans.some(([from, to]) => position >= from && position < to)) covered++;
      }
      // Most of each sentence lies inside some quote: no sentence of the letter is left without an obligation.
      expect(covered / (end - start), `uncovered: "${sentence.segment}"`).toBeGreaterThan(0.6);
    }
  });

  it('every status is "not-assessed": no status is inferred', () => {
    expect(new Set(obligations.map((obligation) => obligation.data.status))).toEqual(new Set(['not-assessed']));
  });

  it('an ISO deadline appears only where the text states that date', () => {
    for (const obligation of obligations.filter((candidate) => candidate.data.deadline?.iso)) {
      const [year, month] = (obligation.data.deadline?.iso ?? '').split('-');
      const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(`${year}-${month ?? '01'}-01T00:00:00Z`));
      expect(obligation.data.quote).toContain(year);
      if (month) expect(obligation.data.quote).toContain(monthName);
    }
  });

  it('every deadline is written in its quote', () => {
    for (const obligation of obligations.filter((candidate) => candidate.data.deadline)) {
      expect(obligation.data.quote).toContain(obligation.data.deadline?.text.replace(/^in /, ''));
    }
  });
});

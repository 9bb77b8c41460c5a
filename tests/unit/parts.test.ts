import { describe, expect, it } from 'vitest';
import type { Atlas } from '../../src/lib/atlas.ts';
import { bodyDataDocument, bodyIndexCsv, bodyPartDocument, bodyCsv } from '../../src/lib/body-data.ts';
import { obligationsByBody } from '../../src/lib/obligations-by-body.ts';
import { PART_SIZE, splitIntoParts } from '../../src/lib/parts.ts';
import { routes } from '../../src/lib/routes.ts';
import { bodyPageCount, bodyView } from '../../src/lib/views/bodies.ts';
import { loadAtlas } from '../helpers/atlas.ts';

const site = new URL('https://atlas.test/');
const real = 'ocm-265-scn-pb-2025';

/**
 * The real atlas plus `sizes.length` synthetic directives, each older than the last, the n-th with
 * `sizes[n]` obligations that name MPTC (lead): the real site has one directive, so the split itself is
 * exercised here.
 */
function atlasWith(sizes: number[]): Atlas {
  const atlas = loadAtlas();
  const letter = atlas.directives.find((directive) => directive.id === real)!;
  const template = atlas.obligations[0]!;
  sizes.forEach((count, index) => {
    const id = `synthetic-${index + 1}`;
    const date = new Date(Date.UTC(2024, 11, 31) - index * 86_400_000).toISOString().slice(0, 10);
    atlas.directives.push({ ...structuredClone(letter), id, data: { ...structuredClone(letter.data), date, copyTo: [] } });
    for (let n = 1; n <= count; n++)
      atlas.obligations.push({
        ...structuredClone(template),
        id: `${id}/r01-o${n}`,
        data: {
          ...structuredClone(template.data),
          directive: { id, collection: 'directives' as const },
          recommendation: 1,
          actors: [{ body: { id: 'mptc', collection: 'bodies' as const }, role: 'lead' as const, implicit: false }],
          concerns: [],
        },
      });
  });
  return atlas;
}

/** Items of a directive, shaped like what splitIntoParts takes. */
const items = (runs: [string, number][]) =>
  runs.flatMap(([directive, count]) => Array.from({ length: count }, (_, n) => ({ obligation: { id: `${directive}/r01-o${n + 1}`, data: { directive: { id: directive } } } }) as never));

describe('splitIntoParts: a bounded split that keeps every item once', () => {
  it('keeps each directive in one part when it fits, starting a new part rather than cutting it', () => {
    const parts = splitIntoParts(
      items([
        ['a', 6],
        ['b', 3],
        ['c', 5],
        ['d', 2],
      ]),
      10,
    );
    expect(parts.map((part) => part.directives)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parts.map((part) => part.items.length)).toEqual([9, 7]);
    expect(parts.map((part) => part.number)).toEqual([1, 2]);
  });

  it('cuts only a directive larger than a part, and never exceeds the size', () => {
    const input = items([
      ['a', 3],
      ['big', 25],
      ['c', 4],
    ]);
    const parts = splitIntoParts(input, 10);
    expect(parts.every((part) => part.items.length <= 10)).toBe(true);
    expect(parts.map((part) => part.directives)).toEqual([['a'], ['big'], ['big'], ['big', 'c']]);
    // Every item exactly once, in the same order.
    expect(parts.flatMap((part) => part.items)).toEqual(input);
  });

  it('gives one empty part for no items and refuses a size below one', () => {
    expect(splitIntoParts([], 10)).toEqual([{ number: 1, items: [], directives: [] }]);
    expect(() => splitIntoParts(items([['a', 1]]), 0)).toThrow(/positive integer/);
  });
});

describe('a body with many directives: pages and open data split the same way', () => {
  // 60 directives of 1 to 9 obligations each, and one of 130 (larger than a page).
  const sizes = Array.from({ length: 60 }, (_, index) => (index * 7) % 9 || 1);
  sizes.splice(30, 0, 130);
  const atlas = atlasWith(sizes);
  const all = obligationsByBody(atlas, 'mptc');
  const pages = bodyPageCount(atlas, 'mptc');

  it('every obligation of the body is on exactly one of its pages, none over the page size', () => {
    expect(pages).toBeGreaterThan(3);
    const seen = Array.from({ length: pages }, (_, index) => bodyView(atlas, 'en', 'mptc', site, index + 1));
    const ids = seen.flatMap((view) => view.rows.map((row) => row.id));
    expect(ids).toEqual(all.map((item) => item.obligation.id));
    for (const view of seen) {
      expect(view.rows.length).toBeLessThanOrEqual(PART_SIZE);
      expect(view.groups.flatMap((group) => group.cards).map((card) => card.id)).toEqual(view.rows.map((row) => row.id));
      // Every page lists every page, with links that are the routes of those pages.
      expect(view.page.parts.map((part) => part.href)).toEqual(Array.from({ length: pages }, (_, index) => routes.bodyPage('en', 'mptc', index + 1)));
    }
    // The first page has the newest directive (the real letter) and the counts of all.
    expect(seen[0]!.rows[0]!.id.startsWith(`${real}/`)).toBe(true);
    expect(seen[0]!.total).toBe(all.length);
    expect(() => bodyView(atlas, 'en', 'mptc', site, pages + 1)).toThrow(/page/);
  });

  it('the data index lists parts whose files hold the same obligations as the pages', () => {
    const index = bodyDataDocument(atlas, 'mptc', site, null);
    expect(index.total).toBe(all.length);
    expect(index.parts).toHaveLength(pages);
    const fromParts = index.parts.flatMap((part) => {
      const document = bodyPartDocument(atlas, 'mptc', part.number, site, null);
      expect(document.obligations).toHaveLength(part.count);
      expect(part.json).toBe(new URL(routes.bodyDataPart('mptc', part.number, 'json'), site).href);
      expect(document.part).toEqual({ number: part.number, of: pages, index: new URL(routes.bodyData('mptc', 'json'), site).href });
      expect(bodyCsv(atlas, 'mptc', site, part.number).trim().split('\r\n')).toHaveLength(part.count + 1);
      return document.obligations.map((item) => item.id);
    });
    expect(fromParts).toEqual(all.map((item) => item.obligation.id));
    expect(bodyIndexCsv(atlas, 'mptc', site).trim().split('\r\n')).toHaveLength(pages + 1);
    expect(() => bodyPartDocument(atlas, 'mptc', pages + 1, site, null)).toThrow(/part/);
  });

  it('lists of one line per earlier directive stay bounded on the first page', () => {
    const view = bodyView(atlas, 'en', 'mptc', site);
    // The synthetic directives are addressed to MPTC as the letter is: one appearance each.
    expect(view.appearances.length + view.appearancesMore).toBeGreaterThan(sizes.length);
    expect(view.appearances.length).toBeLessThanOrEqual(30);
  });
});

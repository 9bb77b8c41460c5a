import { describe, expect, it } from 'vitest';
import { directiveOfUrl, partitionDirectives, searchPartPath } from '../../src/lib/search-parts.ts';
import { withSearchParts } from '../../src/lib/search-preload.ts';

/** A corpus of `count` directives, one a day from 2020-01-02, each with `records` records per language. */
const corpus = (count: number, records = 64) =>
  Array.from({ length: count }, (_, index) => ({ id: `d${String(index).padStart(4, '0')}`, date: new Date(Date.UTC(2020, 0, 2 + index)).toISOString().slice(0, 10), records }));

describe('the search index in parts, newest directives first', () => {
  it('one part while the whole site fits the budget (the site of today: one letter)', () => {
    expect(partitionDirectives([{ id: 'ocm-265-scn-pb-2025', date: '2025-02-18', records: 64 }], 25)).toEqual([{ index: 0, path: '/pagefind/', directives: ['ocm-265-scn-pb-2025'] }]);
  });

  it('a thousand directives: every directive in exactly one part, newest first, no part over the budget', () => {
    const directives = corpus(1000);
    const parts = partitionDirectives(directives, 120, 2000);
    const placed = parts.flatMap((part) => part.directives);
    expect([...placed].sort()).toEqual(directives.map((directive) => directive.id).sort());
    expect(new Set(placed).size).toBe(1000);
    // Newest first across parts: dates never increase.
    const dateOf = new Map(directives.map((directive) => [directive.id, directive.date]));
    const dates = placed.map((id) => dateOf.get(id) ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    for (const part of parts) expect(part.directives.length * 64 + (part.index === 0 ? 120 : 0), `part ${part.index}`).toBeLessThanOrEqual(2000);
    // The first part is Pagefind's usual bundle; the others have their own folders.
    expect(parts.map((part) => part.path)).toEqual(parts.map((part) => searchPartPath(part.index)));
    expect(parts[0]?.path).toBe('/pagefind/');
    expect(new Set(parts.map((part) => part.path)).size).toBe(parts.length);
    // The first part holds fewer directives: it also holds the pages of no directive.
    expect(parts[0]?.directives.length).toBeLessThan(parts[1]?.directives.length ?? 0);
  });

  it('a directive larger than the budget is never split: it has a part of its own', () => {
    const parts = partitionDirectives([...corpus(3), { id: 'huge', date: '2019-01-01', records: 5000 }], 10, 200);
    expect(parts.find((part) => part.directives.includes('huge'))?.directives).toEqual(['huge']);
  });

  it('knows the directive of a page from its address, and none for pages of no directive', () => {
    expect(directiveOfUrl('/km/directives/ocm-265-scn-pb-2025/recommendations/8/')).toBe('ocm-265-scn-pb-2025');
    expect(directiveOfUrl('/en/directives/ocm-265-scn-pb-2025/')).toBe('ocm-265-scn-pb-2025');
    expect(directiveOfUrl('/en/directives/')).toBeUndefined();
    expect(directiveOfUrl('/en/bodies/mptc/')).toBeUndefined();
  });

  it('tells the search page its parts, in an attribute its script reads back', () => {
    const html = withSearchParts('<html lang="en"><head></head><body></body></html>', [{ path: '/pagefind-parts/1/', directives: 31 }]);
    const content = /<meta name="atlas-search-parts" content="([^"]*)">/.exec(html)?.[1] ?? '';
    expect(JSON.parse(content.replace(/&quot;/g, '"').replace(/&amp;/g, '&'))).toEqual([{ path: '/pagefind-parts/1/', directives: 31 }]);
  });
});

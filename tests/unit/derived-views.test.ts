import { describe, expect, it } from 'vitest';
import { compareObligations, obligationsOf } from '../../src/lib/atlas.ts';
import { obligationsByInstrument, obligationsByTheme } from '../../src/lib/by-topic.ts';
import { citationsOf, documentTimeline } from '../../src/lib/documents.ts';
import { obligationsMatrix } from '../../src/lib/matrix.ts';
import { partitionByRecency } from '../../src/lib/grouping.ts';
import { collectivesOf, countByRole, obligationsByBody, obligationsConcerning } from '../../src/lib/obligations-by-body.ts';
import { loadAtlas } from '../helpers/atlas.ts';
import { fixtureAtlas } from '../helpers/fixture-atlas.ts';
import { roles } from '../../src/schemas/obligation.ts';

const short = (id: string) => id.split('/').pop();

describe('obligations by body (fixture)', () => {
  const atlas = fixtureAtlas();

  it('lists direct obligations and those of every collective the body belongs to, in reading order', () => {
    const items = obligationsByBody(atlas, 'ministry-b');
    expect(items.map((item) => [short(item.obligation.id), item.via, item.actor.role])).toEqual([
      ['r01-o2', 'all', 'cooperating'],
      ['r02-o1', 'all', 'joint'],
      ['r03-o1', 'all', 'lead'],
      ['r03-o2', 'sub-group', 'encouraged'],
    ]);
  });

  it('counts an obligation once, as direct, when it names the body and its collective', () => {
    const items = obligationsByBody(atlas, 'ministry-a');
    expect(items.map((item) => [short(item.obligation.id), item.via])).toEqual([
      ['r01-o1', undefined],
      ['r01-o2', undefined],
      ['r02-o1', 'all'],
      ['r03-o1', 'all'],
    ]);
  });

  it('follows membership through nested collectives without looping', () => {
    expect(collectivesOf(atlas, 'ministry-b')).toEqual(['all', 'sub-group']);
    expect(collectivesOf(atlas, 'committee')).toEqual([]);
  });

  it('counts by role in vocabulary order, zeros kept', () => {
    const counts = countByRole(obligationsByBody(atlas, 'committee'));
    expect(counts.filter((entry) => entry.count > 0)).toEqual([
      { role: 'joint', count: 1 },
      { role: 'reviewing', count: 1 },
    ]);
    expect(counts).toHaveLength(roles.length);
  });

  it('separates obligations that only concern a body', () => {
    expect(obligationsConcerning(atlas, 'ministry-b').map((o) => short(o.id))).toEqual(['r03-o1']);
    expect(obligationsByBody(atlas, 'office')).toEqual([]);
  });
});

describe('obligations matrix (fixture)', () => {
  it('has a row per named body, most obligations first, with the roles of each recommendation', () => {
    const rows = obligationsMatrix(fixtureAtlas(), 'd1', 3);
    expect(rows.map((row) => row.bodyId)).toEqual(['all', 'ministry-a', 'committee', 'sub-group']);
    expect(rows[0]?.cells).toEqual([['cooperating'], ['joint'], ['lead']]);
    expect(rows[2]?.cells).toEqual([['joint'], [], ['reviewing']]);
    expect(rows.map((row) => row.total)).toEqual([3, 2, 2, 1]);
  });
});

describe('themes, instruments, references (fixture)', () => {
  const atlas = fixtureAtlas();
  it('finds obligations by theme and by instrument', () => {
    expect(obligationsByTheme(atlas, 't2').map((o) => short(o.id))).toEqual(['r01-o1']);
    expect(obligationsByInstrument(atlas, 'i1').map((o) => short(o.id))).toEqual(['r03-o1']);
  });
  it('derives where a reference is cited and the timeline around the directive', () => {
    expect(citationsOf(atlas, 'r1').map((c) => [c.directive.id, c.position])).toEqual([['d1', 1]]);
    expect(documentTimeline(atlas, 'd1')).toEqual([
      { date: '2025-02-07', kind: 'reference', id: 'r1' },
      { date: '2025-02-18', kind: 'directive', id: 'd1' },
    ]);
  });
});

describe('derived views of the real letter', () => {
  const atlas = loadAtlas();
  const directive = 'ocm-265-scn-pb-2025';

  it('orders obligations by recommendation then number', () => {
    const ids = obligationsOf(atlas, directive).map((o) => short(o.id));
    // The introduction's instruction (recommendation 0) comes first, then recommendation 1.
    expect(ids[0]).toBe('r00-o1');
    expect(ids[1]).toBe('r01-o1');
    expect(ids.at(-1)).toMatch(/^r11-/);
    expect([...atlas.obligations].sort(compareObligations).map((o) => o.id)).toEqual(obligationsOf(atlas, directive).map((o) => o.id));
  });

  it('gives the Ministry of Commerce its own e-commerce obligation and those of all relevant ministries', () => {
    const items = obligationsByBody(atlas, 'ministry-of-commerce');
    const direct = items.filter((item) => !item.via);
    expect(direct.map((item) => item.obligation.data.quote)).toEqual([expect.stringContaining('the Ministry of Commerce, and the National Bank of Cambodia')]);
    const inherited = items.filter((item) => item.via === 'ministries-and-institutions');
    // Recommendation 2: "Relevant ministries and institutions shall cooperate to expedite ... the Draft Law on Cybersecurity"
    expect(inherited.some((item) => item.obligation.data.recommendation === 2 && item.obligation.data.quote.startsWith('Relevant ministries and institutions shall cooperate'))).toBe(true);
    // Recommendation 8: every digital platform of all ministries and institutions goes to technical review.
    expect(inherited.some((item) => item.obligation.data.recommendation === 8 && item.obligation.data.quote.includes('technical review and evaluation'))).toBe(true);
  });

  it('gives the Digital Government Committee exactly its three roles in recommendations 5, 7 and 8', () => {
    const items = obligationsByBody(atlas, 'digital-government-committee');
    expect(items.map((item) => [item.obligation.data.recommendation, item.actor.role])).toEqual([
      [5, 'joint'],
      [7, 'joint'],
      [8, 'reviewing'],
    ]);
  });

  it('matrix: MPTC acts in every recommendation (implied in 9 and 11), the co-chairs only in the 11th', () => {
    const rows = obligationsMatrix(atlas, directive, 11);
    const mptc = rows.find((row) => row.bodyId === 'mptc');
    expect(mptc?.cells.map((cell) => cell.length > 0)).toEqual([true, true, true, true, true, true, true, true, true, true, true]);
    expect(rows[0]?.bodyId).toBe('mptc');
    const cochairs = rows.find((row) => row.bodyId === 'working-group-n-co-chairs');
    expect(cochairs?.cells.map((cell) => cell.join())).toEqual(['', '', '', '', '', '', '', '', '', '', 'encouraged']);
  });

  it('the three references are cited by the letter, in the letter order, and precede it on the timeline', () => {
    const timeline = documentTimeline(atlas, directive);
    expect(timeline.map((item) => item.date)).toEqual(['2025-02-07', '2025-02-13', '2025-02-14', '2025-02-18']);
    expect(timeline.at(-1)?.kind).toBe('directive');
    for (const reference of atlas.references) expect(citationsOf(atlas, reference.id).map((c) => c.directive.id)).toEqual([directive]);
  });
});

describe('pages stay bounded as directives pile up', () => {
  it('keeps the newest directives in full and summarises the older ones, newest first', () => {
    const atlas = fixtureAtlas();
    const older = { id: 'd0', data: { ...atlas.directives[0]?.data, date: '2024-01-01' } };
    const copy = { ...atlas.obligations[0], id: 'd0/r01-o1', data: { ...atlas.obligations[0]?.data, directive: { id: 'd0', collection: 'directives' } } };
    const both = { ...atlas, directives: [...atlas.directives, older], obligations: [...atlas.obligations, copy] } as typeof atlas;
    const items = obligationsByBody(both, 'ministry-b');
    expect(items.map((item) => item.obligation.data.directive.id)).toEqual(['d1', 'd1', 'd1', 'd1', 'd0']);
    const { recent, older: summaries } = partitionByRecency(both, items, 1);
    expect(recent.every((item) => item.obligation.data.directive.id === 'd1')).toBe(true);
    expect(summaries).toEqual([{ directiveId: 'd0', date: '2024-01-01', count: 1 }]);
  });
});

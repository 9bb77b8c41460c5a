import type { Atlas } from '../../src/lib/atlas.ts';

/** A tiny hand-made atlas for derived-view tests: two ministries in a collective, a committee, one directive. */
const ref = <C extends string>(collection: C, id: string) => ({ id, collection });
const text = (en: string) => ({ en, km: `km:${en}`, kmStatus: 'unofficial' as const });

function body(id: string, kind: string, memberOf: string[] = []) {
  return { id, data: { name: text(id), kind, memberOf: memberOf.map((m) => ref('bodies', m)), mentions: { en: [], km: [] } } };
}

function obligation(id: string, recommendation: number, actors: [string, string][], extra: { concerns?: string[]; themes?: string[]; instruments?: string[] } = {}) {
  return {
    id: `d1/${id}`,
    data: {
      directive: ref('directives', 'd1'),
      recommendation,
      quote: `quote of ${id}`,
      action: text(`action ${id}`),
      actors: actors.map(([bodyId, role]) => ({ body: ref('bodies', bodyId), role, implicit: false })),
      concerns: (extra.concerns ?? []).map((c) => ref('bodies', c)),
      themes: (extra.themes ?? ['t1']).map((t) => ref('themes', t)),
      instruments: (extra.instruments ?? []).map((i) => ref('instruments', i)),
      status: 'not-assessed',
    },
  };
}

export function fixtureAtlas(): Atlas {
  return {
    directives: [
      { id: 'd1', data: { recommendationCount: 3, references: [{ reference: ref('references', 'r1'), text: text('Letter 1') }], date: '2025-02-18', issuer: ref('bodies', 'office'), relations: [] } },
    ],
    recommendations: [],
    obligations: [
      obligation('r02-o1', 2, [['all', 'joint']]),
      obligation('r01-o2', 1, [
        ['ministry-a', 'lead'],
        ['all', 'cooperating'],
      ]),
      obligation(
        'r01-o1',
        1,
        [
          ['ministry-a', 'joint'],
          ['committee', 'joint'],
        ],
        { themes: ['t1', 't2'] },
      ),
      obligation(
        'r03-o1',
        3,
        [
          ['committee', 'reviewing'],
          ['all', 'lead'],
        ],
        { concerns: ['ministry-b'], instruments: ['i1'] },
      ),
      obligation('r03-o2', 3, [['sub-group', 'encouraged']]),
    ],
    bodies: [
      body('ministry-a', 'ministry', ['all']),
      body('ministry-b', 'ministry', ['all', 'sub-group']),
      body('committee', 'committee'),
      body('all', 'collective'),
      body('sub-group', 'collective', ['all']),
      body('office', 'office'),
    ],
    references: [{ id: 'r1', data: { date: '2025-02-07', issuer: ref('bodies', 'ministry-a'), kind: ref('kinds', 'letter'), title: text('Letter 1'), relations: [] } }],
    instruments: [],
    themes: [],
    kinds: [],
    reports: [],
  } as unknown as Atlas;
}

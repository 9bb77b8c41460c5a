import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Atlas } from '../../src/lib/atlas.ts';
import { aknDocument, RELATIONS_NAMESPACE } from '../../src/lib/akoma-ntoso.ts';
import { documentTimeline, relationsFrom, relationsTo } from '../../src/lib/documents.ts';
import { openDataDirectiveFile, openDataDocument } from '../../src/lib/open-data.ts';
import { provisionLabel, provisionPath } from '../../src/lib/provisions.ts';
import { directiveView } from '../../src/lib/views/directives.ts';
import { referenceView } from '../../src/lib/views/references.ts';
import { openDataDirectiveFileSchema, openDataSchema } from '../../src/schemas/open-data.ts';
import { atlasProblems } from '../../src/validation/atlas-rules.ts';
import { loadAtlas } from '../helpers/atlas.ts';

/**
 * Documents that act on each other. The real letter relates to nothing but what it cites, so these tests
 * give an in-memory copy of the atlas two test stubs (never content, never published): a sub-decree the
 * letter's recommendation 3 implements, and an older sub-decree that the first one replaces.
 */
const letter = 'ocm-265-scn-pb-2025';
const site = new URL('https://atlas.example/');
const ref = <C extends string>(collection: C, id: string) => ({ id, collection });

function atlasWithRelations(): Atlas {
  const atlas = loadAtlas();
  const stub = (id: string, number: string, date: string, relations: Atlas['references'][number]['data']['relations']) => ({
    id,
    filePath: `src/content/references/${id}.yaml`,
    data: {
      number,
      date,
      issuer: ref('bodies', 'royal-government'),
      kind: ref('kinds', 'sub-decree'),
      title: { en: `Test sub-decree No. ${number}`, km: `អនុក្រឹត្យសាកល្បងលេខ ${number}`, kmStatus: 'unofficial' as const },
      relations,
    },
  });
  atlas.references.push(stub('test-sub-decree-old', '1 TEST', '2020-01-10', []), stub('test-sub-decree-new', '2 TEST', '2024-06-01', [{ type: 'replaces', document: 'test-sub-decree-old' }]));
  const directive = atlas.directives.find((entry) => entry.id === letter)!;
  directive.data.relations = [{ type: 'implements', document: 'test-sub-decree-new', provision: 'rec-3' }];
  return atlas;
}

const rules = { readSource: () => undefined, sha256: () => '', today: '2026-12-07' };

describe('relations between documents', () => {
  it('the test atlas breaks no rule of relations', () => {
    const problems = atlasProblems(atlasWithRelations(), rules).filter((problem) => problem.field?.startsWith('relations'));
    expect(problems).toEqual([]);
  });

  it('reads both ways: what the letter does, and what is done to a stub, each with its date', () => {
    const atlas = atlasWithRelations();
    const from = relationsFrom(atlas, letter);
    // The three printed reference lines come first, as cites, then the letter's own relation.
    expect(from.map((relation) => [relation.type, relation.to.id, relation.printed])).toEqual([
      ['cites', 'mptc-letter-298-bt-2025', true],
      ['cites', 'pm-cabinet-letter-029-kn-025-scn-2025', true],
      ['cites', 'prime-minister-notes-2025-02-13', true],
      ['implements', 'test-sub-decree-new', false],
    ]);
    // Without a date of its own, a relation takes effect on its document's date.
    expect(from.at(-1)).toMatchObject({ date: '2025-02-18', provision: 'rec-3' });
    expect(relationsTo(atlas, 'test-sub-decree-old').map((relation) => [relation.type, relation.from.id, relation.date])).toEqual([['replaces', 'test-sub-decree-new', '2024-06-01']]);
    expect(relationsTo(atlas, letter)).toEqual([]);
  });

  it('puts the implemented sub-decree on the letter’s timeline, in date order, the letter last on its day', () => {
    const timeline = documentTimeline(atlasWithRelations(), letter);
    expect(timeline.map((item) => item.id)).toEqual(['test-sub-decree-new', 'mptc-letter-298-bt-2025', 'prime-minister-notes-2025-02-13', 'pm-cabinet-letter-029-kn-025-scn-2025', letter]);
  });

  it('the letter’s page lists its relation, not its printed citations, with the provision linked, in both languages', () => {
    const atlas = atlasWithRelations();
    const en = directiveView(atlas, 'en', letter, site).relations;
    expect(en).toEqual([
      {
        label: 'Implements',
        document: { name: 'Sub-decree No. 2 TEST', href: '/en/references/test-sub-decree-new/' },
        date: '2025-02-18',
        dateText: '18 February 2025',
        provision: { name: 'by Recommendation 3', href: `/en/directives/${letter}/#rec-3` },
      },
    ]);
    const km = directiveView(atlas, 'km', letter, site).relations;
    expect(km[0]).toMatchObject({ label: 'អនុវត្ត', provision: { name: 'តាមអនុសាសន៍ទី៣', href: `/km/directives/${letter}/#rec-3` } });
    expect(km[0]?.document.name).toContain('អនុក្រឹត្យ');
  });

  it('a stub’s page lists what it replaces and what implements it', () => {
    const atlas = atlasWithRelations();
    expect(referenceView(atlas, 'en', 'test-sub-decree-new', site).relations.map((line) => [line.label, line.document.name])).toEqual([
      ['Replaces', 'Sub-decree No. 1 TEST'],
      ['Implemented by', 'Letter No. 265 SCN.PB'],
    ]);
    expect(referenceView(atlas, 'km', 'test-sub-decree-old', site).relations.map((line) => line.label)).toEqual(['ត្រូវបានជំនួសដោយ']);
    // The real stubs are only cited: "Cited by" lists that, the relations list stays empty.
    expect(referenceView(loadAtlas(), 'en', 'mptc-letter-298-bt-2025', site).relations).toEqual([]);
  });

  it('the open data carries kinds, texts and relations both ways, and stays valid against its schema', () => {
    const atlas = atlasWithRelations();
    const file = openDataDirectiveFile(atlas, letter, site);
    expect(openDataDirectiveFileSchema.safeParse(file).success).toBe(true);
    expect(file.directive).toMatchObject({
      kind: 'letter',
      issuedIn: 'not-recorded',
      texts: { en: { status: 'held' }, km: { status: 'ours', translatedFrom: 'en' } },
      relations: [{ type: 'implements', document: 'test-sub-decree-new', date: '2025-02-18', provision: 'rec-3' }],
      relatedBy: [],
    });
    const catalogue = openDataDocument(atlas, site);
    expect(openDataSchema.safeParse(catalogue).success).toBe(true);
    expect(catalogue.references.find((reference) => reference.id === 'test-sub-decree-new')?.relations).toEqual([{ type: 'replaces', document: 'test-sub-decree-old', date: '2024-06-01' }]);
    expect(catalogue.kinds.find((kind) => kind.id === 'sub-decree')).toMatchObject({ name: { km: 'អនុក្រឹត្យ', kmStatus: 'established' }, units: expect.arrayContaining(['chapter', 'article']) });
  });

  it('the Akoma Ntoso export names every related document and says what each relation is', () => {
    const xml = aknDocument(atlasWithRelations(), letter, site);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<activeRef eId="doc-mptc-letter-298-bt-2025" href="https://atlas.example/en/references/mptc-letter-298-bt-2025/" showAs="Letter No. 298 BT."/>');
    expect(xml).toContain('<activeRef eId="doc-test-sub-decree-new"');
    expect(xml).toContain(`<rel:relation xmlns:rel="${RELATIONS_NAMESPACE}" type="implements" direction="active" refersTo="#doc-test-sub-decree-new" date="2025-02-18" provision="rec-3"/>`);
    // Printed citations are <ref>s of the text and <activeRef>s, not relations of their own.
    expect(xml).not.toContain('type="cites"');
  });
});

describe('provisions named in both languages', () => {
  it('reads Akoma Ntoso eIds and the letter’s anchors', () => {
    expect(provisionPath('chp_2__art_5__para_1')).toEqual([
      { unit: 'chapter', number: 2 },
      { unit: 'article', number: 5 },
      { unit: 'paragraph', number: 1 },
    ]);
    expect(provisionPath('rec-8-p1')).toEqual([
      { unit: 'recommendation', number: 8 },
      { unit: 'paragraph', number: 1 },
    ]);
    expect(provisionPath('clause_3')).toBeUndefined();
  });

  it('names them in English and in Khmer, with Khmer digits', () => {
    expect(provisionLabel('en', 'chp_2__art_5')).toBe('Chapter 2, Article 5');
    expect(provisionLabel('km', 'chp_2__art_5')).toBe('ជំពូកទី២, មាត្រា ៥');
    expect(provisionLabel('km', 'point_3')).toBe('ចំណុចទី៣');
    expect(provisionLabel('en', 'intro')).toBe('Introduction');
  });
});

import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { aknDocument } from '../../src/lib/akoma-ntoso.ts';
import { atomFeed } from '../../src/lib/feeds.ts';
import { CSV_COLUMNS, csvField, obligationsCsv, openDataDirectiveFile, openDataDocument } from '../../src/lib/open-data.ts';
import { openDataDirectiveFileSchema, openDataSchema } from '../../src/schemas/open-data.ts';
import { obligationsByBody } from '../../src/lib/obligations-by-body.ts';
import { loadAtlas } from '../helpers/atlas.ts';
import { plainText, seedRecommendations } from '../helpers/seed.ts';

const site = new URL('https://atlas.test/');
const atlas = loadAtlas();
const directive = 'ocm-265-scn-pb-2025';

describe('directives.json and the directive files', () => {
  const document = openDataDocument(atlas, site);
  const file = openDataDirectiveFile(atlas, directive, site);
  const compile = (schema: object) => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    return ajv.compile(schema);
  };
  const catalogueSchema = compile(z.toJSONSchema(openDataSchema, { target: 'draft-2020-12' }));
  const fileSchema = compile(z.toJSONSchema(openDataDirectiveFileSchema, { target: 'draft-2020-12' }));

  it('validate against the JSON Schemas generated from the zod schemas', () => {
    expect(catalogueSchema(JSON.parse(JSON.stringify(document))), JSON.stringify(catalogueSchema.errors)).toBe(true);
    expect(fileSchema(JSON.parse(JSON.stringify(file))), JSON.stringify(fileSchema.errors)).toBe(true);
  });

  it('the schema rejects a directive file with a wrong role', () => {
    const broken = JSON.parse(JSON.stringify(file));
    broken.directive.obligations[0].actors[0].role = 'boss';
    expect(fileSchema(broken)).toBe(false);
  });

  it('the catalogue lists every directive with the addresses of its own files, and nothing that grows with its text', () => {
    expect(document.directives.map((entry) => entry.id)).toEqual(atlas.directives.map((entry) => entry.id));
    const entry = document.directives.find((candidate) => candidate.id === directive);
    expect(entry?.data).toEqual({
      json: `https://atlas.test/data/directives/${directive}.json`,
      csv: `https://atlas.test/data/obligations/${directive}.csv`,
      akn: `https://atlas.test/data/akn/${directive}.xml`,
    });
    expect(entry?.obligations).toBe(atlas.obligations.length);
    expect(JSON.stringify(document)).not.toContain(seedRecommendations().get(1)?.slice(0, 60));
  });

  it('a directive file carries every recommendation verbatim, both languages, and every obligation with its actors', () => {
    const seed = seedRecommendations();
    expect(file.directive.recommendations.map((rec) => rec.text.en)).toEqual([...seed.values()]);
    expect(file.directive.recommendations.every((rec) => /[\u1780-\u17ff]/.test(rec.text.km) && rec.text.kmStatus === 'unofficial')).toBe(true);
    expect(file.directive.obligations).toHaveLength(atlas.obligations.length);
    expect(document.bodies.find((body) => body.id === 'mptc')?.name.km).toBe('ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍');
    expect(document.references.map((reference) => reference.citedBy)).toEqual(document.references.map(() => [directive]));
  });
});

describe('obligations/<id>.csv', () => {
  const csv = obligationsCsv(atlas, directive, site);
  const rows = parseCsv(csv, { columns: true, bom: false }) as Record<string, string>[];

  it('has one row per obligation and actor, plus one per body that carries it through a group, with the documented columns', () => {
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
    const actorCount = atlas.obligations.reduce((sum, obligation) => sum + obligation.data.actors.length, 0);
    const throughGroups = atlas.bodies.flatMap((body) => obligationsByBody(atlas, body.id).filter((item) => item.via));
    expect(throughGroups.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(actorCount + throughGroups.length);
    expect(rows.filter((row) => row.via === '')).toHaveLength(actorCount);
  });

  it('lists every obligation of the Ministry of Economy and Finance, those through a group marked with the group', () => {
    const mef = 'ministry-of-economy-and-finance';
    const expected = obligationsByBody(atlas, mef);
    const mine = rows.filter((row) => row.body_id === mef);
    expect(mine.map((row) => row.obligation_id)).toEqual(expected.map((item) => item.obligation.id));
    expect(mine.map((row) => row.via)).toEqual(expected.map((item) => item.via ?? ''));
    // A row through a group carries the group's role in that obligation.
    for (const row of mine.filter((candidate) => candidate.via)) {
      const obligation = atlas.obligations.find((candidate) => candidate.id === row.obligation_id);
      expect(obligation?.data.actors.find((actor) => actor.body.id === row.via)?.role).toBe(row.role);
    }
  });

  it('round-trips commas, quotes and Khmer text (RFC 4180, CRLF)', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    const row = rows.find((candidate) => candidate.obligation_id?.endsWith('r03-o8') && candidate.body_id === 'ministry-of-commerce');
    expect(row?.action_en).toBe(
      'MPTC, the Ministry of Commerce, the National Bank of Cambodia and other relevant ministries and institutions shall collaborate to boost e-commerce activities effectively by eradicating the sale of counterfeit goods and online scams',
    );
    expect(row?.role).toBe('joint');
    expect(row?.body_name_km).toBe('ក្រសួងពាណិជ្ជកម្ម');
    expect(csvField('a "quoted", text')).toBe('"a ""quoted"", text"');
    // A spreadsheet must never run a cell as a formula.
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    for (const start of ['+', '-', '@', '\t']) expect(csvField(`${start}1`)).toBe(`"'${start}1"`);
    expect(csvField(-1)).toBe('"-1"');
    const deadline = rows.find((candidate) => candidate.obligation_id?.endsWith('r09-o1'));
    expect([deadline?.deadline_as_written, deadline?.deadline_km, deadline?.deadline_iso]).toEqual(['in March 2025', 'នៅខែមីនា ឆ្នាំ២០២៥', '2025-03']);
  });
});

describe('Akoma Ntoso', () => {
  const xml = aknDocument(atlas, directive, site);
  it('is well-formed XML with a doc named letter', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(parsed.akomaNtoso.doc['@_name']).toBe('letter');
  });
  it('has a paragraph per recommendation with the page anchors as eIds and the verbatim text', () => {
    const seed = seedRecommendations();
    for (const [number, text] of seed) {
      const match = new RegExp(`<p eId="rec-${number}-p1">([^<]*)</p>`).exec(xml);
      const unescaped = (match?.[1] ?? '')
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
      expect(plainText(unescaped)).toBe(text);
    }
    expect(xml.match(/<ref href=/g)).toHaveLength(3);
  });
});

describe('feeds', () => {
  it('the feed is well-formed Atom', () => {
    const feed = atomFeed(atlas, site);
    expect(XMLValidator.validate(feed)).toBe(true);
    expect(feed).toContain('<published>2025-02-18T00:00:00Z</published>');
  });
});

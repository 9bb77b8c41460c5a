import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { bodyCsv, bodyDataDocument, bodyFeed, bodyPartDocument } from '../../src/lib/body-data.ts';
import { obligationsByBody } from '../../src/lib/obligations-by-body.ts';
import { CSV_COLUMNS } from '../../src/lib/open-data.ts';
import { bodyDataSchema, bodyPartSchema } from '../../src/schemas/body-data.ts';
import { loadAtlas } from '../helpers/atlas.ts';

const site = new URL('https://atlas.test/');
const atlas = loadAtlas();
const mef = 'ministry-of-economy-and-finance';

function validator(schema: z.ZodType = bodyPartSchema) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(z.toJSONSchema(schema, { target: 'draft-2020-12' }));
}

describe('/data/bodies/<id>.json and its parts', () => {
  it('the index validates against its schema and lists one part holding every obligation on the real site', () => {
    const validate = validator(bodyDataSchema);
    for (const body of atlas.bodies) {
      const index = bodyDataDocument(atlas, body.id, site, null);
      expect(validate(JSON.parse(JSON.stringify(index))), body.id).toBe(true);
      const count = obligationsByBody(atlas, body.id).length;
      expect(index.total).toBe(count);
      expect(index.parts.map((part) => part.count)).toEqual(count > 0 ? [count] : []);
    }
    const broken = JSON.parse(JSON.stringify(bodyDataDocument(atlas, mef, site, null)));
    broken.parts[0].number = 0;
    expect(validate(broken)).toBe(false);
  });

  it('validates against the JSON Schema generated from its zod schema, for every body', () => {
    const validate = validator();
    for (const body of atlas.bodies) {
      const valid = validate(JSON.parse(JSON.stringify(bodyPartDocument(atlas, body.id, 1, site, '2025-02-18'))));
      expect(validate.errors ?? [], body.id).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('the schema rejects an obligation whose "how" is neither direct nor group', () => {
    const broken = JSON.parse(JSON.stringify(bodyPartDocument(atlas, mef, 1, site, null)));
    broken.obligations[0].how = 'inherited';
    expect(validator()(broken)).toBe(false);
  });

  it('lists every obligation that falls to the body, and through which group', () => {
    const document = bodyPartDocument(atlas, mef, 1, site, null);
    const expected = obligationsByBody(atlas, mef);
    expect(document.obligations.map((item) => item.id)).toEqual(expected.map((item) => item.obligation.id));
    expect(document.obligations.map((item) => item.via?.id ?? null)).toEqual(expected.map((item) => item.via ?? null));
    expect(document.obligations.every((item) => (item.how === 'group') === (item.via !== null))).toBe(true);
    // Some through a group and some directly: both cases are exercised by the real data.
    expect(new Set(document.obligations.map((item) => item.how))).toEqual(new Set(['direct', 'group']));
    // Its own actor line is never among "with".
    for (const item of document.obligations) expect(item.with.map((other) => other.body)).not.toContain(item.via?.id ?? mef);
  });
});

describe('/data/bodies/<id>.csv and .xml', () => {
  it('the CSV has one row per obligation of the body, the site-wide columns, via marked', () => {
    const rows = parseCsv(bodyCsv(atlas, mef, site), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
    const expected = obligationsByBody(atlas, mef);
    expect(rows.map((row) => [row.obligation_id, row.via])).toEqual(expected.map((item) => [item.obligation.id, item.via ?? '']));
  });

  it('the Atom feed is well-formed, with one entry per obligation linking to its permalink', () => {
    const feed = bodyFeed(atlas, 'mptc', site);
    expect(XMLValidator.validate(feed)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(feed);
    const entries = [parsed.feed.entry].flat();
    const expected = obligationsByBody(atlas, 'mptc');
    expect(entries).toHaveLength(expected.length);
    expect(entries[0].id).toContain('#obl-');
  });
});

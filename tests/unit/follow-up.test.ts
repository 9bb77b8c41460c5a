import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { aknDocument, FOLLOW_UP_NAMESPACE } from '../../src/lib/akoma-ntoso.ts';
import type { Atlas } from '../../src/lib/atlas.ts';
import { reportsAtomFeed } from '../../src/lib/feeds.ts';
import { followUpState, followUpTimeline, progressOf, reportsOfObligation } from '../../src/lib/follow-up.ts';
import { REPORT_CSV_COLUMNS, reportsCsv, reportsOpenData } from '../../src/lib/open-data.ts';
import { followUpFilter, obligationRecords } from '../../src/lib/search-records.ts';
import { reportsOpenDataSchema } from '../../src/schemas/open-data.ts';
import { reportStates } from '../../src/schemas/report.ts';
import { loadAtlas, projectRoot } from '../helpers/atlas.ts';
import { buildProblems } from '../helpers/validate.ts';

const site = new URL('https://atlas.test/');
const directive = 'ocm-265-scn-pb-2025';

/** The report files as written, read here apart from the build, to check what the build derived. */
const reportFiles = readdirSync(join(projectRoot, 'src/content/reports')).filter((name) => name.endsWith('.yaml'));
const obligationsInFiles = (text: string) => [...text.matchAll(/^ {2}- (ocm-265-scn-pb-2025\/r\d{2}-o\d+)$/gm)].map((match) => match[1] as string);

describe('the follow-up record', () => {
  const atlas = loadAtlas();

  it('holds every report file, each speaking to obligations that exist', () => {
    expect(atlas.reports.map((report) => `${report.id}.yaml`).sort()).toEqual([...reportFiles].sort());
    for (const name of reportFiles) {
      const ids = obligationsInFiles(readFileSync(join(projectRoot, 'src/content/reports', name), 'utf8'));
      expect(ids.length, name).toBeGreaterThan(0);
      for (const id of ids)
        expect(
          atlas.obligations.some((obligation) => obligation.id === id),
          `${name}: ${id}`,
        ).toBe(true);
    }
  });

  it('derives an obligation state from its reports, newest first, and "none" with the date of the last search otherwise', () => {
    const reported = new Set(reportFiles.flatMap((name) => obligationsInFiles(readFileSync(join(projectRoot, 'src/content/reports', name), 'utf8'))));
    for (const obligation of atlas.obligations) {
      const state = followUpState(atlas, obligation);
      if (reported.has(obligation.id)) {
        expect(state.kind, obligation.id).toBe('reported');
        if (state.kind === 'reported') {
          const dates = state.reports.map((report) => report.data.published);
          expect(dates, obligation.id).toEqual([...dates].sort().reverse());
        }
      } else {
        expect(state, obligation.id).toEqual({ kind: 'none', lastChecked: '2026-11-26' });
      }
    }
  });

  it('counts, per set of obligations, those with any report and those with a report of each state', () => {
    const obligations = atlas.obligations.filter((obligation) => obligation.data.recommendation === 5);
    const progress = progressOf(atlas, obligations);
    expect(progress.total).toBe(obligations.length);
    expect(progress.reported).toBe(obligations.filter((obligation) => reportsOfObligation(atlas, obligation.id).length > 0).length);
    expect(progress.reported).toBeGreaterThan(0);
    for (const state of reportStates) {
      expect(progress.byState[state], state).toBe(obligations.filter((obligation) => reportsOfObligation(atlas, obligation.id).some((report) => report.data.state === state)).length);
    }
  });

  it('lays out the timeline: the event first (undated), the cited documents and the letter, dated deadlines, then the reports in date order', () => {
    const items = followUpTimeline(atlas, directive);
    expect(items[0]).toEqual({ date: undefined, kind: 'event', id: directive });
    const dated = items.slice(1).map((item) => item.date ?? '');
    expect(dated).toEqual([...dated].sort());
    const letter = items.findIndex((item) => item.kind === 'directive');
    expect(items.slice(1, letter).every((item) => item.kind === 'reference')).toBe(true);
    expect(items.filter((item) => item.kind === 'deadline').map((item) => item.id)).toEqual([`${directive}/r09-o1`]);
    expect(
      items
        .filter((item) => item.kind === 'report')
        .map((item) => item.id)
        .sort(),
    ).toEqual(atlas.reports.map((report) => report.id).sort());
    expect(items.findIndex((item) => item.kind === 'report')).toBeGreaterThan(letter);
  });

  it('gives search a follow-up filter: the state words of an obligation, or "none"', () => {
    const records = obligationRecords(atlas, 'en');
    const reportedRecord = records.find((record) => record.url.endsWith('#obl-r04-o4'));
    expect(reportedRecord?.filters.followup).toEqual(['plan-reported']);
    expect(records.find((record) => record.url.endsWith('#obl-r09-o1'))?.filters.followup).toEqual(['none']);
    expect(followUpFilter(atlas, `${directive}/r02-o2`)).toEqual(['none']);
  });
});

/** A copy of the real atlas with one report changed, as a fast check of the build's rules. */
function withReport(change: (data: Record<string, unknown>) => void): Atlas {
  const atlas = loadAtlas();
  const report = atlas.reports[0];
  if (!report) throw new Error('no report to mutate');
  change(report.data as unknown as Record<string, unknown>);
  return atlas;
}

describe('the build refuses a broken report, naming the file and the field', () => {
  const file = (atlas: Atlas) => atlas.reports[0]?.filePath;
  const cases: [string, (data: Record<string, unknown>) => void, string, RegExp][] = [
    ['no source address', (data) => delete data.url, 'url', /address/],
    ['an address that is not https', (data) => (data.url = 'http://example.com/x'), 'url', /https/],
    ['no quote', (data) => delete data.quote, 'quote', /exact words/],
    ['a date in the future', (data) => (data.published = '2999-01-01'), 'published', /future/],
    ['a date before the directive', (data) => (data.published = '2025-01-31'), 'published', /before the directive/],
    ['an unknown obligation', (data) => (data.obligations = [{ id: `${directive}/r04-o3`, collection: 'obligations' }]), 'obligations[0]', /unknown obligation/],
    ['a state word outside the vocabulary', (data) => (data.state = 'fulfilled'), 'state', /plan-reported/],
  ];
  it.each(cases)('%s', (_name, change, field, message) => {
    const atlas = withReport(change);
    const problems = buildProblems(atlas);
    const found = problems.find((item) => item.field === field);
    expect(found, JSON.stringify(problems)).toBeDefined();
    expect(found?.file).toBe(file(atlas));
    expect(found?.message).toMatch(message);
  });

  it('accepts the real record as it is', () => {
    expect(buildProblems(loadAtlas())).toEqual([]);
  });
});

describe('follow-up as open data', () => {
  const atlas = loadAtlas();

  it('reports.json validates against the JSON Schema generated from its zod schema, and lists every report', () => {
    const document = reportsOpenData(atlas, site);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(z.toJSONSchema(reportsOpenDataSchema, { target: 'draft-2020-12' }));
    expect(validate(JSON.parse(JSON.stringify(document))), JSON.stringify(validate.errors)).toBe(true);
    expect(document.reports.map((report) => report.id).sort()).toEqual(atlas.reports.map((report) => report.id).sort());
    expect(document.lastChecked[directive]).toBe('2026-11-26');
  });

  it('reports.csv has a row per report and obligation, with the quote exactly as written', () => {
    const rows = parseCsv(reportsCsv(atlas), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...REPORT_CSV_COLUMNS]);
    expect(rows.length).toBe(atlas.reports.reduce((sum, report) => sum + report.data.obligations.length, 0));
    for (const report of atlas.reports) expect(rows.find((row) => row.report_id === report.id)?.quote).toBe(report.data.quote);
  });

  it('the Akoma Ntoso export carries each report in <analysis>/<otherAnalysis>, pointing at the paragraphs of its obligations', () => {
    const xml = aknDocument(atlas, directive, site);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, isArray: (name) => name === 'report' }).parse(xml);
    const meta = parsed.akomaNtoso.doc.meta;
    expect(Object.keys(meta)).toEqual(['identification', 'analysis', 'references']);
    const reports = meta.analysis.otherAnalysis.report as Record<string, string>[];
    expect(reports.map((report) => report['@_id']).sort()).toEqual(atlas.reports.map((report) => report.id).sort());
    const paragraphs = new Set([...xml.matchAll(/eId="([^"]+)"/g)].map((match) => match[1]));
    for (const report of reports) for (const target of report['@_refersTo']?.split(' ') ?? []) expect(paragraphs.has(target.slice(1)), target).toBe(true);
    expect(xml).toContain(`xmlns:fu="${FOLLOW_UP_NAMESPACE}"`);
  });
});

/** The Atom rules of RFC 4287 a feed reader depends on, checked on the parsed feed. */
function expectValidAtom(xml: string): Record<string, unknown>[] {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link'].includes(name) }).parse(xml);
  const feed = parsed.feed;
  expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
  const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;
  expect(() => new URL(feed.id)).not.toThrow();
  expect(typeof feed.title).toBe('string');
  expect(feed.updated).toMatch(rfc3339);
  expect(feed.link.some((link: Record<string, string>) => link['@_rel'] === 'self')).toBe(true);
  const entries = (feed.entry ?? []) as Record<string, any>[];
  const ids = new Set<string>();
  for (const entry of entries) {
    expect(() => new URL(entry.id)).not.toThrow();
    ids.add(entry.id);
    expect(typeof entry.title).toBe('string');
    expect(entry.updated).toMatch(rfc3339);
    if (entry.published !== undefined) expect(entry.published).toMatch(rfc3339);
    // An entry needs an author: the feed gives one for all.
    expect(feed.author?.name ?? entry.author?.name).toBeTruthy();
    expect(entry.link.some((link: Record<string, string>) => (link['@_rel'] ?? 'alternate') === 'alternate')).toBe(true);
  }
  expect(ids.size).toBe(entries.length);
  return entries;
}

describe('Atom feeds of reports', () => {
  const atlas = loadAtlas();

  it('the site-wide feed is valid Atom with one entry per report, its source as the alternate link', () => {
    const entries = expectValidAtom(reportsAtomFeed(atlas, site, { reports: atlas.reports, path: '/follow-up.xml', title: 'reports', fallbackUpdated: '2026-11-26' }));
    expect(entries.length).toBe(atlas.reports.length);
    const alternates = entries.map((entry) => (entry.link as Record<string, string>[]).find((link) => link['@_rel'] === 'alternate')?.['@_href']);
    expect(alternates.sort()).toEqual(atlas.reports.map((report) => report.data.url).sort());
  });

  it('the built feeds, site-wide and per body, are valid Atom', () => {
    const built = (path: string) => readFileSync(join(projectRoot, 'dist', path), 'utf8');
    expect(expectValidAtom(built('follow-up.xml')).length).toBe(atlas.reports.length);
    // MPTC carries every reported obligation; the Ministry of Commerce none of them.
    expect(expectValidAtom(built('bodies/mptc/follow-up.xml')).length).toBe(atlas.reports.length);
    expect(expectValidAtom(built('bodies/ministry-of-commerce/follow-up.xml')).length).toBe(0);
  });
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { langs } from '../../src/i18n/locales.ts';
import { obligationsByBody } from '../../src/lib/obligations-by-body.ts';
import { PART_SIZE } from '../../src/lib/parts.ts';
import { routes } from '../../src/lib/routes.ts';
import type { BodyData, BodyPart } from '../../src/schemas/body-data.ts';
import { loadAtlas } from '../helpers/atlas.ts';
import { builtFile, distDir, page } from '../helpers/dist.ts';

const atlas = loadAtlas();
const withObligations = atlas.bodies.filter((body) => obligationsByBody(atlas, body.id).length > 0);
const pathOf = (url: string) => new URL(url).pathname;

describe('a body’s obligations, split into bounded pages and parts (real site)', () => {
  it.each(langs)('%s: every obligation of a body is on exactly one of its pages, and the page links resolve', (lang) => {
    for (const body of withObligations) {
      const index = JSON.parse(builtFile(routes.bodyData(body.id, 'json'))) as BodyData;
      const shown: string[] = [];
      for (const part of index.parts) {
        const html = page(pathOf(part.page[lang]));
        const rows = html.querySelectorAll('tr[data-obligation]').map((row) => row.getAttribute('data-obligation') ?? '');
        expect(rows.length, `${body.id} page ${part.number}`).toBeLessThanOrEqual(PART_SIZE);
        const opened = html.querySelectorAll('tr[data-obligation] td:nth-of-type(1) a[href]');
        expect(opened.length, `${body.id} page ${part.number}: one link per row`).toBe(rows.length);
        if (part.number === 1) {
          // The first page's full entries, on their own page, are the same obligations, and its rows open them.
          const full = page(routes.bodyObligations(lang, body.id));
          expect(full.querySelectorAll('.body-full li.obligation[data-obligation]').map((card) => card.getAttribute('data-obligation'))).toEqual(rows);
          for (const link of opened) expect(link.getAttribute('href')).toMatch(new RegExp(`^${routes.bodyObligations(lang, body.id)}#obl-`));
        } else {
          // Further pages have no page of full entries (it would copy every obligation once per body): their rows open each on its recommendation's page.
          for (const link of opened) expect(existsSync(join(distDir, (link.getAttribute('href') ?? '').split('#')[0] ?? '', 'index.html'))).toBe(true);
        }
        shown.push(...rows);
        for (const link of html.querySelectorAll('[data-body-pages] a[href]')) expect(existsSync(join(distDir, link.getAttribute('href') ?? '', 'index.html')), link.getAttribute('href')).toBe(true);
      }
      expect(shown, body.id).toEqual(obligationsByBody(atlas, body.id).map((item) => item.obligation.id));
    }
  });

  it('with the one real directive, every body’s obligations stay on its first page, with no page list', () => {
    for (const body of withObligations) {
      const index = JSON.parse(builtFile(routes.bodyData(body.id, 'json'))) as BodyData;
      expect(
        index.parts.map((part) => part.number),
        body.id,
      ).toEqual([1]);
      expect(existsSync(join(distDir, routes.bodyPage('en', body.id, 2)))).toBe(false);
      for (const lang of langs) expect(page(routes.body(lang, body.id)).querySelector('[data-body-pages]')).toBeNull();
    }
  });

  it('the data index of every body lists parts that exist and hold, together, its every obligation', () => {
    for (const body of atlas.bodies) {
      const index = JSON.parse(builtFile(routes.bodyData(body.id, 'json'))) as BodyData;
      const expected = obligationsByBody(atlas, body.id).map((item) => item.obligation.id);
      expect(index.total).toBe(expected.length);
      const ids = index.parts.flatMap((part) => {
        const json = JSON.parse(builtFile(pathOf(part.json))) as BodyPart;
        const csv = parseCsv(builtFile(pathOf(part.csv)), { columns: true }) as Record<string, string>[];
        expect(json.part.number).toBe(part.number);
        expect(csv.map((row) => row.obligation_id)).toEqual(json.obligations.map((item) => item.id));
        return json.obligations.map((item) => item.id);
      });
      expect(ids, body.id).toEqual(expected);
      const indexCsv = parseCsv(builtFile(routes.bodyData(body.id, 'csv')), { columns: true }) as Record<string, string>[];
      expect(indexCsv.map((row) => row.json)).toEqual(index.parts.map((part) => part.json));
    }
  });

  it.each(langs)('%s: the body page says what its brief covers', (lang) => {
    const mptc = page(routes.body(lang, 'mptc'));
    const covers = mptc.querySelector('[data-brief-covers]')?.text ?? '';
    const total = mptc.querySelector('[data-count="total"]')?.text.trim() ?? 'missing';
    // With one directive the brief covers all of them: the sentence gives the same total as the summary.
    expect(covers).toContain(total);
  });
});

describe('the "propose a report" page loads the chosen directive’s obligations instead of embedding them all', () => {
  it.each(langs)('%s: no obligation is embedded; each directive offered has its data file, and its page links to the form for it', (lang) => {
    const html = page(routes.proposeReport(lang));
    expect(html.querySelectorAll('input[name="obligations[]"]')).toHaveLength(0);
    const options = html.querySelectorAll('#pr-directive option');
    expect(options.map((option) => option.getAttribute('value'))).toEqual(expect.arrayContaining(atlas.directives.map((directive) => directive.id)));
    for (const option of options) {
      const data = JSON.parse(builtFile(option.getAttribute('data-json') ?? 'missing')) as { directive: { id: string; obligations: unknown[] } };
      expect(data.directive.id).toBe(option.getAttribute('value'));
      expect(data.directive.obligations.length).toBeGreaterThan(0);
      expect(page(routes.directive(lang, data.directive.id)).querySelector('[data-propose-directive]')?.getAttribute('href')).toBe(`${routes.proposeReport(lang)}?directive=${data.directive.id}`);
    }
  });
});

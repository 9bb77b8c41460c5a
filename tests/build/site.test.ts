import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { recommendationsOf } from '../../src/lib/atlas.ts';
import { langs } from '../../src/i18n/locales.ts';
import { loadAtlas } from '../helpers/atlas.ts';
import { builtFile, builtPages, page } from '../helpers/dist.ts';
import { collapseWhitespace, seedRecommendations } from '../helpers/seed.ts';

const atlas = loadAtlas();
const directive = 'ocm-265-scn-pb-2025';

describe('the built site', () => {
  const pages = builtPages();

  it('builds exactly one page for every entity of every page type, in both languages', () => {
    // Written out here, independently of the pages: one list page per type, one page per entity.
    const expected = ['/'];
    for (const lang of langs) {
      expected.push(...['', 'about/', 'search/', 'directives/', 'bodies/', 'references/', 'themes/', 'instruments/', 'follow-up/', 'follow-up/propose/'].map((rest) => `/${lang}/${rest}`));
      for (const entry of atlas.directives)
        expected.push(
          `/${lang}/directives/${entry.id}/`,
          `/${lang}/directives/${entry.id}/side-by-side/`,
          ...recommendationsOf(atlas, entry.id, lang).map((rec) => `/${lang}/directives/${entry.id}/recommendations/${rec.data.number}/`),
        );
      for (const [folder, entries] of [
        ['bodies', atlas.bodies],
        ['references', atlas.references],
        ['themes', atlas.themes],
        ['instruments', atlas.instruments],
      ] as const) {
        expected.push(...entries.map((entry) => `/${lang}/${folder}/${entry.id}/`));
      }
      // A body's obligations in full have a page of their own (the body page links each row of its table there).
      expected.push(...atlas.bodies.map((entry) => `/${lang}/bodies/${entry.id}/obligations/`));
    }
    expect(pages).toEqual(expected.sort());
    for (const type of ['/en/directives/', '/en/bodies/', '/en/references/', '/en/themes/', '/en/instruments/', '/en/about/', '/en/search/']) {
      expect(pages, type).toContain(type);
    }
    expect(pages.filter((path) => /^\/en\/bodies\/[^/]+\/$/.test(path))).toHaveLength(atlas.bodies.length);
  });

  it.each([...seedRecommendations()])('recommendation %i: the published English text is the seed paragraph', (number, text) => {
    const paragraph = page(`/en/directives/${directive}/recommendations/${number}/`).querySelector(`#rec-${number}-p1`);
    expect(collapseWhitespace(paragraph?.textContent ?? '')).toBe(text);
    const inLetter = page(`/en/directives/${directive}/`).querySelector(`#rec-${number}-p1`);
    expect(collapseWhitespace(inLetter?.textContent ?? '')).toBe(text);
  });

  it('links known bodies inside the recommendation text to their pages', () => {
    const links = page(`/en/directives/${directive}/recommendations/3/`).querySelectorAll('#rec-3-p1 a.mention');
    const hrefs = links.map((link) => link.getAttribute('href'));
    expect(hrefs).toContain('/en/bodies/ministry-of-commerce/');
    expect(hrefs).toContain('/en/bodies/cambodia-post/');
    expect(hrefs).toContain('/en/instruments/dgpost/');
  });

  it('shows every obligation of a recommendation on its page, with role and deadline as written', () => {
    const root = page(`/en/directives/${directive}/recommendations/9/`);
    const items = root.querySelectorAll('li.obligation');
    expect(items).toHaveLength(atlas.obligations.filter((obligation) => obligation.data.recommendation === 9).length);
    expect(items[0]?.textContent).toContain('“in March 2025”');
    // Recommendation 9 names no actor: its actors are the introduction's addressees, shown as implied (issue #10, point 4).
    expect(items[0]?.querySelectorAll('[data-role="joint"]').length).toBe(2);
    expect(items[0]?.querySelectorAll('[data-implied]').length).toBe(2);
    expect(items[0]?.textContent).not.toContain('written as');
  });

  it('a ministry page lists the obligations it carries as a member of "ministries and institutions"', () => {
    const rows = page('/en/bodies/ministry-of-civil-service/').querySelectorAll('tr[data-obligation]');
    expect(rows.map((row) => row.getAttribute('data-obligation'))).toEqual(expect.arrayContaining([`${directive}/r07-o4`, `${directive}/r02-o2`]));
    expect(rows.filter((row) => row.getAttribute('data-how') === 'group').length).toBeGreaterThan(0);
    const root = page('/en/bodies/ministry-of-civil-service/obligations/');
    const ids = root.querySelectorAll('li.obligation').map((item) => item.getAttribute('data-obligation'));
    expect(ids).toContain(`${directive}/r07-o4`);
    expect(ids).toContain(`${directive}/r02-o2`);
    expect(root.querySelectorAll('.via').length).toBeGreaterThan(0);
  });

  it('a body page sums up its follow-up and links to its reports, listed on its page of full entries', () => {
    const body = page('/en/bodies/mptc/');
    const full = page('/en/bodies/mptc/obligations/');
    const listed = full.querySelectorAll('.follow-up-section li.report').length;
    expect(listed).toBeGreaterThan(0);
    expect(body.querySelectorAll('li.report')).toHaveLength(0);
    expect(body.querySelector('.follow-up-section a[href="/en/bodies/mptc/obligations/#follow-up"]')?.textContent).toContain(`(${listed})`);
    const reported = (root: typeof body) => root.querySelector('.follow-up-section .follow-up-progress')?.getAttribute('data-reported');
    expect(reported(body)).toBeDefined();
    expect(reported(body)).toBe(reported(full));
  });

  it('the directive page has the matrix table with a row per acting body', () => {
    const rows = page(`/en/directives/${directive}/`).querySelectorAll('table.matrix tbody tr');
    const actors = new Set(atlas.obligations.flatMap((obligation) => obligation.data.actors.map((actor) => actor.body.id)));
    expect(rows).toHaveLength(actors.size);
  });

  it('publishes open data that validates against its published schemas: the catalogue and each directive file it lists', () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    const catalogue = JSON.parse(builtFile('data/directives.json'));
    expect(ajv.validate(JSON.parse(builtFile('data/schema.json')), catalogue), JSON.stringify(ajv.errors)).toBe(true);
    const files = catalogue.directives.map((entry: { data: { json: string; csv: string } }) => new URL(entry.data.json).pathname.slice(1));
    expect(files).toEqual(atlas.directives.map((entry) => `data/directives/${entry.id}.json`));
    const fileSchema = JSON.parse(builtFile('data/directive.schema.json'));
    for (const file of files) expect(ajv.validate(fileSchema, JSON.parse(builtFile(file))), JSON.stringify(ajv.errors)).toBe(true);
    expect(builtFile(`data/obligations/${directive}.csv`).split('\r\n')[0]).toContain('"obligation_id"');
  });

  it('the Akoma Ntoso eIds of paragraphs exist as anchors on the directive page', () => {
    const xml = builtFile(`data/akn/${directive}.xml`);
    // Every eId of the text (the TLC entries and document refs of <meta> name bodies and documents, not places in the text).
    const eIds = [...xml.matchAll(/<(?!TLC|activeRef|passiveRef)\w+ eId="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(eIds.length).toBeGreaterThan(11);
    const root = page(`/en/directives/${directive}/`);
    for (const eId of eIds) expect(root.querySelector(`#${eId}`), eId).not.toBeNull();
  });

  it('every recommendation has a Khmer page', () => {
    expect(recommendationsOf(atlas, directive, 'km').map((rec) => pages.includes(`/km/directives/${directive}/recommendations/${rec.data.number}/`))).toEqual(Array(11).fill(true));
  });
});

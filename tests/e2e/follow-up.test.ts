import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../helpers/atlas.ts';
import { useSitePage } from '../helpers/browser.ts';

const { site, page } = useSitePage();
const atlas = loadAtlas();
const reportedBy = (id: string) => atlas.reports.filter((report) => report.data.obligations.some((obligation) => obligation.id.endsWith(id)));

describe('follow-up in a real browser', () => {
  it('Khmer body page of full entries (MPTC): the card of a reported obligation names its source and date, the others say none found, and the reports are listed newest first', async () => {
    await page().goto(new URL('/km/bodies/mptc/obligations/', site().base).href);
    const reported = await page().textContent('li[data-obligation$="/r04-o4"] dd.follow-up');
    const source = reportedBy('r04-o4')[0];
    expect(reported).toContain(source?.data.publisher);
    expect(reported).toContain('ថ្ងៃទី៧ ខែធ្នូ ឆ្នាំ២០២៥');
    expect(reported).toContain('រាយការណ៍ពីផែនការ');
    const none = await page().textContent('li[data-obligation$="/r02-o2"] dd.follow-up');
    expect(none).toContain('រកមិនឃើញរបាយការណ៍សាធារណៈ');
    expect(none).toContain('ឆ្នាំ២០២៦');
    const listed = await page().$$eval('.follow-up-section li.report', (items) => items.map((item) => (item as HTMLElement).dataset.report));
    const expected = [...atlas.reports].sort((a, b) => b.data.published.localeCompare(a.data.published)).map((report) => report.id);
    expect(listed).toEqual(expected);
    // The Bulgarian quote is marked as Bulgarian, and our translation is marked as ours.
    expect(await page().getAttribute('li[data-report^="novinata"] blockquote', 'lang')).toBe('bg');
    expect(await page().textContent('li[data-report^="novinata"] .report__translation')).toContain('មិនផ្លូវការ');
    const progress = await page().getAttribute('.follow-up-section .follow-up-progress', 'data-reported');
    expect(Number(progress)).toBe(new Set(atlas.reports.flatMap((report) => report.data.obligations.map((obligation) => obligation.id))).size);
  });

  it('English directive page: progress by recommendation and the timeline, the letter before the reports', async () => {
    await page().goto(new URL('/en/directives/ocm-265-scn-pb-2025/', site().base).href);
    const rows = await page().$$eval('.follow-up-table tbody tr', (items) => items.map((item) => Number((item as HTMLElement).dataset.reported)));
    const byRecommendation = (number: number) => atlas.obligations.filter((o) => o.data.recommendation === number && reportedBy(o.id.split('/')[1] as string).length > 0).length;
    expect(rows[5]).toBe(byRecommendation(5));
    expect(rows[3]).toBe(byRecommendation(3));
    const kinds = await page().$$eval('#follow-up-timeline + p + ol.timeline > li', (items) => items.map((item) => (item as HTMLElement).dataset.kind));
    expect(kinds[0]).toBe('event');
    expect(kinds.indexOf('directive')).toBeLessThan(kinds.indexOf('report'));
    expect(kinds.filter((kind) => kind === 'report').length).toBe(atlas.reports.length);
  });

  it('the search filter "Public follow-up" narrows obligations to those with a plan reported', async () => {
    await page().goto(new URL('/en/search/?q=5G', site().base).href);
    await page().waitForSelector('#search-results li.result');
    await page().check('fieldset[data-group="followup"] input[value="plan-reported"]');
    await page().waitForFunction(() => location.search.includes('followup=plan-reported'));
    await page().waitForFunction(() => document.querySelectorAll('#search-results li.result').length === 1);
    expect(await page().getAttribute('#search-results li.result h3 a', 'href')).toBe('/en/directives/ocm-265-scn-pb-2025/recommendations/4/#obl-r04-o4');
  });

  it('the proposal form writes a ready-to-file entry that the build would accept, and sends nothing', async () => {
    const requests: string[] = [];
    page().on('request', (request) => requests.push(request.url()));
    await page().goto(new URL('/en/follow-up/propose/', site().base).href, { waitUntil: 'networkidle' });
    requests.length = 0;
    await page().click('#propose-report button[type="submit"]');
    expect(await page().textContent('#propose-status')).toMatch(/required/);
    await page().fill('#pr-publisher', 'Example "Daily"');
    await page().fill('#pr-url', 'https://example.com/news/1');
    await page().fill('#pr-published', '2026-01-02');
    await page().fill('#pr-quote', 'The ministry said: the schedule is set.');
    await page().check('input[name="obligations[]"][value="ocm-265-scn-pb-2025/r04-o4"]');
    await page().check('input[name="state"][value="plan-reported"]');
    await page().click('#propose-report button[type="submit"]');
    const yaml = await page().inputValue('#propose-output');
    expect(yaml).toContain('publisher: "Example \\"Daily\\""\n');
    expect(yaml).toContain('quote: "The ministry said: the schedule is set."\n');
    expect(yaml).toContain('obligations:\n  - ocm-265-scn-pb-2025/r04-o4\nstate: plan-reported\n');
    expect(yaml).toMatch(/^retrieved: \d{4}-\d{2}-\d{2}$/m);
    expect(requests).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Atlas } from '../../src/lib/atlas.ts';
import { FULL_DIRECTIVES } from '../../src/lib/grouping.ts';
import { bodyView, bodiesView } from '../../src/lib/views/bodies.ts';
import { obligationsByBody } from '../../src/lib/obligations-by-body.ts';
import { bodiesNamedIn, directiveSummary, directivesView, homeView, recommendationView } from '../../src/lib/views/directives.ts';
import { themeView } from '../../src/lib/views/topics.ts';
import { loadAtlas } from '../helpers/atlas.ts';

const site = new URL('https://example.org/');
const real = 'ocm-265-scn-pb-2025';

/**
 * The real atlas plus `count` more directives: each a copy of the real letter under another id and
 * date (older), whose obligations name only MPTC and concern the Ministry of Commerce. Pages must count
 * and list per directive, not per atlas.
 */
function withMoreDirectives(count: number): Atlas {
  const atlas = loadAtlas();
  const letter = atlas.directives[0]!;
  for (let n = 1; n <= count; n++) {
    const id = `older-${n}`;
    atlas.directives.push({ ...structuredClone(letter), id, data: { ...structuredClone(letter.data), date: `20${String(24 - n).padStart(2, '0')}-01-01`, copyTo: [] } });
    atlas.recommendations.push(
      ...atlas.recommendations
        .filter((rec) => rec.data.directive.id === real)
        .map((rec) => ({ ...structuredClone(rec), id: rec.id.replace(real, id), data: { ...structuredClone(rec.data), directive: { id, collection: 'directives' as const } } })),
    );
    atlas.obligations.push({
      ...structuredClone(atlas.obligations[0]!),
      id: `${id}/r01-o1`,
      data: {
        ...structuredClone(atlas.obligations[0]!.data),
        directive: { id, collection: 'directives' as const },
        actors: [{ body: { id: 'mptc', collection: 'bodies' as const }, role: 'lead' as const, implicit: false }],
        concerns: [{ id: 'ministry-of-commerce', collection: 'bodies' as const }],
      },
    });
  }
  return atlas;
}

describe('views: what each page type shows', () => {
  it('counts the bodies a directive names, not every body of the atlas', () => {
    const atlas = withMoreDirectives(1);
    // The copy names the letter's framing bodies and, in its one obligation, MPTC and the Ministry of Commerce.
    const named = bodiesNamedIn(atlas, 'older-1');
    expect(named).toContain('mptc');
    expect(named).toContain('ministry-of-commerce');
    expect(named).not.toContain('working-group-n-co-chairs');
    expect(directiveSummary(atlas, 'en', 'older-1').bodies).toBe(named.length);
    expect(directiveSummary(atlas, 'en', real).bodies).toBeLessThanOrEqual(atlas.bodies.length);
    expect(directiveSummary(atlas, 'en', 'older-1').obligations).toBe(1);
  });

  it('the home page shows the newest directive; the list shows all, newest first', () => {
    const atlas = withMoreDirectives(2);
    expect(homeView(atlas, 'en', site).latest?.href).toBe(`/en/directives/${real}/`);
    expect(directivesView(atlas, 'km').directives.map((item) => item.href)).toEqual([`/km/directives/${real}/`, '/km/directives/older-1/', '/km/directives/older-2/']);
  });

  it("a body's page lists obligations that concern it from older directives too, beyond the newest ones", () => {
    const atlas = withMoreDirectives(FULL_DIRECTIVES + 1);
    const view = bodyView(atlas, 'en', 'ministry-of-commerce', site);
    expect(view.concerning.total).toBe(FULL_DIRECTIVES + 1);
    expect(view.concerning.cards).toHaveLength(FULL_DIRECTIVES);
    expect(view.concerning.older.map((line) => line.href)).toEqual([`/en/directives/older-${FULL_DIRECTIVES + 1}/`]);
    // Its own obligations are those of the real letter only.
    expect(view.total).toBe(
      bodiesView(atlas, 'en')
        .groups.flatMap((group) => group.bodies)
        .find((body) => body.href === '/en/bodies/ministry-of-commerce/')?.count,
    );
  });

  it('MPTC carries one more obligation per added directive, all on its one page while they fit', () => {
    const base = bodyView(loadAtlas(), 'en', 'mptc', site);
    const atlas = withMoreDirectives(FULL_DIRECTIVES);
    const view = bodyView(atlas, 'en', 'mptc', site);
    expect(view.total).toBe(base.total + FULL_DIRECTIVES);
    // Pages split by a fixed number of obligations, not by a number of directives: these all fit on one.
    expect(view.page.of).toBe(1);
    expect(view.groups.flatMap((group) => group.cards)).toHaveLength(base.total + FULL_DIRECTIVES);
  });

  it('a recommendation page shows its obligations as cards with resolved names, in Khmer on Khmer pages', () => {
    const atlas = loadAtlas();
    const view = recommendationView(atlas, 'km', real, 4, site);
    expect(view.obligations.map((card) => card.id)).toEqual(
      atlas.obligations
        .filter((o) => o.data.recommendation === 4)
        .map((o) => o.id)
        .sort(),
    );
    const mptc = atlas.bodies.find((body) => body.id === 'mptc')!;
    expect(view.obligations.flatMap((card) => card.actors).find((actor) => actor.href === '/km/bodies/mptc/')?.name).toBe(mptc.data.name.km);
    expect(view.previous?.number).toBe(3);
    expect(view.next?.number).toBe(5);
    expect(recommendationView(atlas, 'en', real, 11, site).next).toBeUndefined();
  });

  it('a theme page bounds its list as directives pile up', () => {
    const atlas = withMoreDirectives(FULL_DIRECTIVES + 2);
    const theme = atlas.obligations[0]!.data.themes[0]!.id;
    const view = themeView(atlas, 'en', theme, site);
    expect(view.obligations.older.map((line) => line.href)).toEqual([
      `/en/directives/older-${FULL_DIRECTIVES}/`,
      `/en/directives/older-${FULL_DIRECTIVES + 1}/`,
      `/en/directives/older-${FULL_DIRECTIVES + 2}/`,
    ]);
    expect(view.obligations.total).toBe(view.obligations.cards.length + 3);
  });

  it("a body's summary adds up: by role, by recommendation, deadlines and groups, from the obligations that fall to it", () => {
    const atlas = loadAtlas();
    for (const bodyId of ['mptc', 'ministry-of-economy-and-finance']) {
      const items = obligationsByBody(atlas, bodyId);
      const view = bodyView(atlas, 'en', bodyId, site);
      expect(view.rows.map((row) => row.id)).toEqual(items.map((item) => item.obligation.id));
      expect(view.roleCounts.reduce((sum, entry) => sum + entry.count, 0)).toBe(items.length);
      expect(view.summary.byRecommendation.reduce((sum, entry) => sum + entry.count, 0)).toBe(items.length);
      expect(view.summary.via.reduce((sum, entry) => sum + entry.count, 0)).toBe(items.filter((item) => item.via).length);
      const withDeadline = items.filter((item) => item.obligation.data.deadline).length;
      expect(view.summary.deadlines.reduce((sum, entry) => sum + entry.numbers.length, 0)).toBe(withDeadline);
      expect(view.summary.withoutDeadline).toBe(items.length - withDeadline);
      // Each deadline is the letter's words, as written.
      for (const entry of view.summary.deadlines) expect(items.some((item) => item.obligation.data.deadline?.text === entry.text)).toBe(true);
    }
  });

  it('every obligation card has its permalink (the anchor on its recommendation page) and its own citation', () => {
    const atlas = loadAtlas();
    const view = bodyView(atlas, 'km', 'mptc', site);
    const card = view.groups.flatMap((group) => group.cards).find((candidate) => candidate.recommendation === 4)!;
    expect(card.permalink).toBe(`/km/directives/${real}/recommendations/4/#${card.anchor}`);
    expect(card.citation?.url).toBe(new URL(card.permalink, site).href);
    expect(card.citation?.part).toContain('៤.');
    expect(card.citation?.key).toBe(`${real}-${card.anchor}`);
  });
});

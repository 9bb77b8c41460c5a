import type { APIRoute } from 'astro';
import { loadAtlas } from '../data/load-atlas.ts';
import { reportsAtomFeed } from '../lib/feeds.ts';
import { lastChecked } from '../lib/follow-up.ts';
import { compareReports } from '../lib/follow-up.ts';
import { routes } from '../lib/routes.ts';

// Every follow-up report of the site, newest first.
export const GET: APIRoute = async ({ site }) => {
  const atlas = await loadAtlas();
  const checked = atlas.directives.map((directive) => lastChecked(atlas, directive.id) ?? directive.data.date).sort();
  const feed = reportsAtomFeed(atlas, site ?? new URL('http://localhost/'), {
    reports: [...atlas.reports].sort(compareReports),
    path: routes.reportsFeed(),
    title: 'Directive Atlas: follow-up reports',
    fallbackUpdated: checked.at(-1) ?? '1970-01-01',
  });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};

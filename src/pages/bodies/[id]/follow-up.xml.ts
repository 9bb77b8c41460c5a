import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../data/load-atlas.ts';
import { reportsAtomFeed } from '../../../lib/feeds.ts';
import { lastChecked, reportsOfObligations } from '../../../lib/follow-up.ts';
import { obligationsByBody } from '../../../lib/obligations-by-body.ts';
import { routes } from '../../../lib/routes.ts';

/** One feed per body that carries obligations: the reports on them, newest first. */
export const getStaticPaths = (async () => {
  const atlas = await loadAtlas();
  return atlas.bodies.filter((body) => obligationsByBody(atlas, body.id).length > 0).map((body) => ({ params: { id: body.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const atlas = await loadAtlas();
  const id = String(params.id);
  const obligations = obligationsByBody(atlas, id).map((item) => item.obligation);
  const body = atlas.bodies.find((entry) => entry.id === id);
  const checked = [...new Set(obligations.map((obligation) => lastChecked(atlas, obligation.data.directive.id) ?? ''))].filter(Boolean).sort();
  const feed = reportsAtomFeed(atlas, site ?? new URL('http://localhost/'), {
    reports: reportsOfObligations(
      atlas,
      obligations.map((obligation) => obligation.id),
    ),
    path: routes.bodyReportsFeed(id),
    title: `Directive Atlas: follow-up reports on the obligations of ${body?.data.name.en ?? id}`,
    fallbackUpdated: checked.at(-1) ?? '1970-01-01',
  });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};

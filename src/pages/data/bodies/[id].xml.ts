import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../data/load-atlas.ts';
import { bodyFeed } from '../../../lib/body-data.ts';

export const getStaticPaths = (async () => (await loadAtlas()).bodies.map((body) => ({ params: { id: body.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(bodyFeed(await loadAtlas(), params.id as string, site ?? new URL('http://localhost/')), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });

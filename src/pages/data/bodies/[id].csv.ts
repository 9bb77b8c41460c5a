import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../data/load-atlas.ts';
import { bodyIndexCsv } from '../../../lib/body-data.ts';

export const getStaticPaths = (async () => (await loadAtlas()).bodies.map((body) => ({ params: { id: body.id } }))) satisfies GetStaticPaths;

// The index of the body's parts: each part's obligations are in /data/bodies/<id>/<n>.csv.
export const GET: APIRoute = async ({ params, site }) =>
  new Response(bodyIndexCsv(await loadAtlas(), params.id as string, site ?? new URL('http://localhost/')), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });

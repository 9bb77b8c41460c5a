import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../../data/load-atlas.ts';
import { bodyCsv } from '../../../../lib/body-data.ts';
import { bodyDataPartPaths } from '../../../../data/page-paths.ts';

/** One file per non-empty part of every body. */
export const getStaticPaths = bodyDataPartPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(bodyCsv(await loadAtlas(), params.id as string, site ?? new URL('http://localhost/'), Number(params.n)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });

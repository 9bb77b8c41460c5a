import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../data/load-atlas.ts';
import { obligationsCsv } from '../../../lib/open-data.ts';

export const getStaticPaths: GetStaticPaths = async () => (await loadAtlas()).directives.map((directive) => ({ params: { id: directive.id } }));

export const GET: APIRoute = async ({ params, site }) =>
  new Response(obligationsCsv(await loadAtlas(), String(params.id), site ?? new URL('http://localhost/')), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });

import type { APIRoute } from 'astro';
import { loadAtlas } from '../../data/load-atlas.ts';
import { obligationsCsv } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(obligationsCsv(await loadAtlas(), site ?? new URL('http://localhost/')), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });

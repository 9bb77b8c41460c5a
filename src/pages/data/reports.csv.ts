import type { APIRoute } from 'astro';
import { loadAtlas } from '../../data/load-atlas.ts';
import { reportsCsv } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => new Response(reportsCsv(await loadAtlas()), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });

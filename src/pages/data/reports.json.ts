import type { APIRoute } from 'astro';
import { loadAtlas } from '../../data/load-atlas.ts';
import { reportsOpenData } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const document = reportsOpenData(await loadAtlas(), site ?? new URL('http://localhost/'));
  return new Response(`${JSON.stringify(document, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

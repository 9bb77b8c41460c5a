import type { APIRoute } from 'astro';
import { loadAtlas } from '../data/load-atlas.ts';
import { atomFeed } from '../lib/feeds.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(atomFeed(await loadAtlas(), site ?? new URL('http://localhost/')), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });

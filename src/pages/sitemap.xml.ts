import type { APIRoute } from 'astro';
import { loadAtlas } from '../data/load-atlas.ts';
import { sitemapXml } from '../lib/feeds.ts';
import { allPagePaths } from '../lib/page-list.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(sitemapXml(allPagePaths(await loadAtlas()), site ?? new URL('http://localhost/')), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });

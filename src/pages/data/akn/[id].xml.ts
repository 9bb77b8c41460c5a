import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../data/load-atlas.ts';
import { aknDocument } from '../../../lib/akoma-ntoso.ts';

export const getStaticPaths: GetStaticPaths = async () => (await loadAtlas()).directives.map((directive) => ({ params: { id: directive.id } }));

export const GET: APIRoute = async ({ params, site }) =>
  new Response(aknDocument(await loadAtlas(), String(params.id), site ?? new URL('http://localhost/')), { headers: { 'Content-Type': 'application/akn+xml; charset=utf-8' } });

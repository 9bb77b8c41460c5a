import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../data/load-atlas.ts';
import { atlasPartExport } from '../../../lib/atlas-export.ts';

export const getStaticPaths: GetStaticPaths = async () => (await loadAtlas()).directives.map((directive) => ({ params: { id: directive.id } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(atlasPartExport(await loadAtlas(), String(params.id))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../data/load-atlas.ts';
import { openDataDirectiveFile } from '../../../lib/open-data.ts';

export const getStaticPaths: GetStaticPaths = async () => (await loadAtlas()).directives.map((directive) => ({ params: { id: directive.id } }));

export const GET: APIRoute = async ({ params, site }) => {
  const document = openDataDirectiveFile(await loadAtlas(), String(params.id), site ?? new URL('http://localhost/'));
  return new Response(`${JSON.stringify(document, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../data/load-atlas.ts';
import { dataLastChanged } from '../../../data/data-updated.ts';
import { bodyDataDocument } from '../../../lib/body-data.ts';

export const getStaticPaths = (async () => (await loadAtlas()).bodies.map((body) => ({ params: { id: body.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const document = bodyDataDocument(await loadAtlas(), params.id as string, site ?? new URL('http://localhost/'), dataLastChanged());
  return new Response(`${JSON.stringify(document, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

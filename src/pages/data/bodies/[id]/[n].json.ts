import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../../data/load-atlas.ts';
import { dataLastChanged } from '../../../../data/data-updated.ts';
import { bodyPartDocument, bodyParts } from '../../../../lib/body-data.ts';

/** One file per non-empty part of every body. */
export const getStaticPaths = (async () => {
  const atlas = await loadAtlas();
  return atlas.bodies.flatMap((body) =>
    bodyParts(atlas, body.id)
      .filter((part) => part.items.length > 0)
      .map((part) => ({ params: { id: body.id, n: String(part.number) } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const document = bodyPartDocument(await loadAtlas(), params.id as string, Number(params.n), site ?? new URL('http://localhost/'), dataLastChanged());
  return new Response(`${JSON.stringify(document, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

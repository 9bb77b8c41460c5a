import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../../data/load-atlas.ts';
import { bodyCsv, bodyParts } from '../../../../lib/body-data.ts';

/** One file per non-empty part of every body. */
export const getStaticPaths = (async () => {
  const atlas = await loadAtlas();
  return atlas.bodies.flatMap((body) =>
    bodyParts(atlas, body.id)
      .filter((part) => part.items.length > 0)
      .map((part) => ({ params: { id: body.id, n: String(part.number) } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(bodyCsv(await loadAtlas(), params.id as string, site ?? new URL('http://localhost/'), Number(params.n)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });

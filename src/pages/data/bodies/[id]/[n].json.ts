import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../../data/load-atlas.ts';
import { dataLastChanged } from '../../../../data/data-updated.ts';
import { bodyPartDocument } from '../../../../lib/body-data.ts';
import { bodyDataPartPaths } from '../../../../data/page-paths.ts';

/** One file per non-empty part of every body. */
export const getStaticPaths = bodyDataPartPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const document = bodyPartDocument(await loadAtlas(), params.id as string, Number(params.n), site ?? new URL('http://localhost/'), dataLastChanged());
  return new Response(`${JSON.stringify(document, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

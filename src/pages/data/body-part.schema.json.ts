import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { bodyPartSchema } from '../../schemas/body-data.ts';

// The schema of /data/bodies/<id>/<n>.json, generated from the zod schema the export is typed with.
export const GET: APIRoute = ({ site }) => {
  const schema = {
    ...z.toJSONSchema(bodyPartSchema, { target: 'draft-2020-12' }),
    $id: new URL('/data/body-part.schema.json', site).href,
    title: 'Directive Atlas: the obligations of one body, one part',
  };
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};

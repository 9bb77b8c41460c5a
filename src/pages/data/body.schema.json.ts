import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { bodyDataSchema } from '../../schemas/body-data.ts';

// The schema of /data/bodies/<id>.json (the index of a body's parts), generated from the zod schema the export is typed with.
export const GET: APIRoute = ({ site }) => {
  const schema = {
    ...z.toJSONSchema(bodyDataSchema, { target: 'draft-2020-12' }),
    $id: new URL('/data/body.schema.json', site).href,
    title: 'Directive Atlas: the obligations of one body, index of its parts',
  };
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};

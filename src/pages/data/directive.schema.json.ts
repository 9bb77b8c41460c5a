import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { dataFiles } from '../../lib/routes.ts';
import { openDataDirectiveFileSchema } from '../../schemas/open-data.ts';

// Generated from the same zod schema the export is typed with: the two cannot drift apart.
export const GET: APIRoute = ({ site }) => {
  const schema = {
    ...z.toJSONSchema(openDataDirectiveFileSchema, { target: 'draft-2020-12' }),
    $id: new URL(dataFiles.directiveSchema, site).href,
    title: 'Directive Atlas open data: one directive',
  };
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};

import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { reportsOpenDataSchema } from '../../schemas/open-data.ts';

// Generated from the zod schema the export is typed with, like /data/schema.json.
export const GET: APIRoute = ({ site }) => {
  const schema = { ...z.toJSONSchema(reportsOpenDataSchema, { target: 'draft-2020-12' }), $id: new URL('/data/reports.schema.json', site).href, title: 'Directive Atlas follow-up reports' };
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};

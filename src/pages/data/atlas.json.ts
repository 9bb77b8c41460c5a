import type { APIRoute } from 'astro';
import { loadAtlas } from '../../data/load-atlas.ts';
import { atlasExport } from '../../lib/atlas-export.ts';

// The validated content as the site was built from it, with each directive's texts and obligations in
// its own file (data/atlas/[id].json.ts): open data, and the one input of the search index
// (src/integrations/search-index.ts) and of the tests that check the real content.
export const GET: APIRoute = async () => new Response(JSON.stringify(atlasExport(await loadAtlas())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

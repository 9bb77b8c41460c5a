import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { joinAtlas, type AtlasPart } from '../lib/atlas-export.ts';
import type { Atlas } from '../lib/atlas.ts';
import { dataFiles } from '../lib/routes.ts';

/**
 * The atlas as the build published it (/data/atlas.json and one /data/atlas/<id>.json per directive),
 * for the steps that run after the pages (the search index): the shared part once, then one
 * directive at a time, so that a step never holds the whole corpus.
 */
export function builtAtlas(dist: string) {
  const shared = JSON.parse(readFileSync(join(dist, dataFiles.atlas), 'utf8')) as Atlas;
  const directives = new Map(shared.directives.map((directive) => [directive.id, directive]));
  const part = (id: string) => JSON.parse(readFileSync(join(dist, dataFiles.atlasPart(id)), 'utf8')) as AtlasPart;
  return {
    shared,
    /** The shared atlas with one directive and its texts, sentences and obligations; undefined for an unknown id. */
    ofDirective(id: string): Atlas | undefined {
      const directive = directives.get(id);
      return directive ? { ...joinAtlas(shared, [part(id)]), directives: [directive] } : undefined;
    },
    /** How many obligations a directive has. */
    obligationCount: (id: string) => part(id).obligations.length,
  };
}

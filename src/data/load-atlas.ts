import { getCollection } from 'astro:content';
import type { Atlas } from '../lib/atlas.ts';

let cached: Promise<Atlas> | undefined;

/** Every collection, loaded once per build and shared by all pages. */
export function loadAtlas(): Promise<Atlas> {
  cached ??= (async () => ({
    directives: await getCollection('directives'),
    recommendations: await getCollection('recommendations'),
    obligations: await getCollection('obligations'),
    bodies: await getCollection('bodies'),
    references: await getCollection('references'),
    instruments: await getCollection('instruments'),
    themes: await getCollection('themes'),
  }))();
  return cached;
}

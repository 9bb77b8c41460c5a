import type { Atlas } from '../lib/atlas.ts';

/**
 * Where the pages' data puts the build's release function, for the integrations: the two are separate
 * module graphs (the config's and the bundled build's), so it lives on globalThis under a registered symbol.
 */
export const RELEASE_ATLAS = Symbol.for('directive-atlas:release-atlas');

/**
 * Empties every collection of the atlas, in place. Astro keeps every page's props (and so the atlas they
 * were built from) until the build ends; once the pages are written, the steps after them (briefs,
 * search index) read the built files, and the entries, with the indexes and views the WeakMaps of
 * src/lib/ keyed on their arrays, become garbage.
 */
export function releaseAtlas(atlas: Atlas): void {
  for (const key of Object.keys(atlas) as (keyof Atlas)[]) (atlas as Record<keyof Atlas, readonly unknown[]>)[key] = [];
}

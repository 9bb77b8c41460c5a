import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import type { Atlas } from '../lib/atlas.ts';
import { atlasProblems, formatProblems } from '../validation/atlas-rules.ts';
import { handOverShareCards } from './share-cards.ts';
import { RELEASE_ATLAS, releaseAtlas } from './release-atlas.ts';
import { showsDrafts } from './preview.ts';

/** Reads a project file for the rules (the directives' source texts under seeds/). */
const ruleContext = {
  readSource: (path: string) => {
    const file = join(process.cwd(), path);
    return existsSync(file) ? readFileSync(file) : undefined;
  },
  sha256: (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex'),
};

async function loadAndCheck(): Promise<Atlas> {
  const atlas: Atlas = {
    directives: await getCollection('directives'),
    recommendations: await getCollection('recommendations'),
    obligations: await getCollection('obligations'),
    bodies: await getCollection('bodies'),
    references: await getCollection('references'),
    instruments: await getCollection('instruments'),
    themes: await getCollection('themes'),
    kinds: await getCollection('kinds'),
    reports: await getCollection('reports'),
    sentences: await getCollection('sentences'),
  };
  const problems = atlasProblems(atlas, { ...ruleContext, today: new Date().toISOString().slice(0, 10), drafts: showsDrafts() });
  if (problems.length > 0) {
    // Thrown from every page's data: the build stops and publishes nothing; dev shows it on the page.
    throw new Error(`Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${formatProblems(problems)}`);
  }
  return atlas;
}

let cached: Promise<Atlas> | undefined;

/**
 * Every collection, read once by Astro's content layer and checked by every cross-file rule: the one
 * reader of the content. Cached for the build; in dev, read anew so that edits show.
 */
export function loadAtlas(): Promise<Atlas> {
  if (import.meta.env.DEV) return loadAndCheck();
  cached ??= loadAndCheck().then((atlas) => {
    handOverShareCards(atlas);
    (globalThis as { [RELEASE_ATLAS]?: () => void })[RELEASE_ATLAS] = () => {
      releaseAtlas(atlas);
      cached = undefined;
    };
    return atlas;
  });
  return cached;
}

import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSpecs, type CollectionName } from './schemas/index.ts';
import type { ReferenceFactory } from './schemas/common.ts';

// Astro's reference() yields the same { id, collection } shape as our plainReference; Astro only
// logs unknown ids, so src/integrations/content-guard.ts stops the build on them.
const astroReference = reference as unknown as ReferenceFactory;

function collectionFor<N extends CollectionName>(name: N) {
  const spec = collectionSpecs[name];
  return defineCollection({
    loader: glob({ pattern: spec.pattern, base: `./src/content/${name}` }),
    schema: spec.schema(astroReference) as ReturnType<(typeof collectionSpecs)[N]['schema']>,
  });
}

export const collections = {
  directives: collectionFor('directives'),
  recommendations: collectionFor('recommendations'),
  obligations: collectionFor('obligations'),
  bodies: collectionFor('bodies'),
  references: collectionFor('references'),
  instruments: collectionFor('instruments'),
  themes: collectionFor('themes'),
};

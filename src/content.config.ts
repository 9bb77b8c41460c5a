import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { ReferenceFactory } from './schemas/common.ts';
import { collectionSchemas } from './schemas/collections.ts';

// Astro's reference() yields the same { id, collection } shape as our plainReference; Astro only
// logs unknown ids, so the rules in src/validation/atlas-rules.ts stop the build on them.
const schemas = collectionSchemas(reference as unknown as ReferenceFactory);

/**
 * The one table of collections: each folder under src/content/ and its schema. Data is YAML, texts
 * are plain Markdown (`.md`): the content layer renders each once, into its store, where an MDX file
 * is compiled into a module of the server bundle; at 1,000 directives (22,000 texts) the bundler's
 * memory alone kept the build above 3 GB (scripts/bench-scale.ts). `.yml` and `.mdx` are loaded too,
 * only so that the rules can refuse them by name instead of the loader skipping them in silence.
 */
const data = (folder: string) => glob({ pattern: '**/*.{yaml,yml}', base: `./src/content/${folder}` });
const texts = (folder: string) => glob({ pattern: '**/*.{mdx,md}', base: `./src/content/${folder}` });

export const collections = {
  directives: defineCollection({ loader: data('directives'), schema: schemas.directives }),
  recommendations: defineCollection({ loader: texts('recommendations'), schema: schemas.recommendations }),
  obligations: defineCollection({ loader: data('obligations'), schema: schemas.obligations }),
  bodies: defineCollection({ loader: data('bodies'), schema: schemas.bodies }),
  references: defineCollection({ loader: data('references'), schema: schemas.references }),
  instruments: defineCollection({ loader: data('instruments'), schema: schemas.instruments }),
  themes: defineCollection({ loader: data('themes'), schema: schemas.themes }),
  kinds: defineCollection({ loader: data('kinds'), schema: schemas.kinds }),
  reports: defineCollection({ loader: data('reports'), schema: schemas.reports }),
  sentences: defineCollection({ loader: data('sentences'), schema: schemas.sentences }),
};

import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSpecs, type CollectionName } from './schemas/index.ts';
import type { ReferenceFactory } from './schemas/common.ts';
import { bodySchema } from './schemas/body.ts';
import { directiveSchema } from './schemas/directive.ts';
import { instrumentSchema } from './schemas/instrument.ts';
import { obligationSchema } from './schemas/obligation.ts';
import { recommendationSchema } from './schemas/recommendation.ts';
import { referenceSchema } from './schemas/reference-document.ts';
import { themeSchema } from './schemas/theme.ts';

// Astro's reference() yields the same { id, collection } shape as our plainReference; Astro only
// logs unknown ids, so src/integrations/content-guard.ts stops the build on them.
const astroReference = reference as unknown as ReferenceFactory;

/** The glob loader of a collection: its folder and file pattern come from the shared table. */
const loaderFor = (name: CollectionName) => glob({ pattern: collectionSpecs[name].pattern, base: `./src/content/${name}` });

export const collections = {
  directives: defineCollection({ loader: loaderFor('directives'), schema: directiveSchema(astroReference) }),
  recommendations: defineCollection({ loader: loaderFor('recommendations'), schema: recommendationSchema(astroReference) }),
  obligations: defineCollection({ loader: loaderFor('obligations'), schema: obligationSchema(astroReference) }),
  bodies: defineCollection({ loader: loaderFor('bodies'), schema: bodySchema(astroReference) }),
  references: defineCollection({ loader: loaderFor('references'), schema: referenceSchema(astroReference) }),
  instruments: defineCollection({ loader: loaderFor('instruments'), schema: instrumentSchema(astroReference) }),
  themes: defineCollection({ loader: loaderFor('themes'), schema: themeSchema }),
};

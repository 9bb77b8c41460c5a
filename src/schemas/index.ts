import { bodySchema } from './body.ts';
import type { ReferenceFactory } from './common.ts';
import { directiveSchema } from './directive.ts';
import { instrumentSchema } from './instrument.ts';
import { obligationSchema } from './obligation.ts';
import { recommendationSchema } from './recommendation.ts';
import { referenceSchema } from './reference-document.ts';
import { themeSchema } from './theme.ts';

/**
 * Every collection: its folder under the content root, the files it holds and its schema.
 * `src/content.config.ts` and the standalone validator both read this one table.
 */
export const collectionSpecs = {
  directives: { pattern: '**/*.yaml', schema: directiveSchema },
  recommendations: { pattern: '**/*.mdx', schema: recommendationSchema },
  obligations: { pattern: '**/*.yaml', schema: obligationSchema },
  bodies: { pattern: '**/*.yaml', schema: bodySchema },
  references: { pattern: '**/*.yaml', schema: referenceSchema },
  instruments: { pattern: '**/*.yaml', schema: instrumentSchema },
  themes: { pattern: '**/*.yaml', schema: (_reference: ReferenceFactory) => themeSchema },
} as const;

export type CollectionName = keyof typeof collectionSpecs;
export const collectionNames = Object.keys(collectionSpecs) as CollectionName[];

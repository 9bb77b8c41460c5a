import type { ReferenceFactory } from './common.ts';
import { bodySchema } from './body.ts';
import { directiveSchema } from './directive.ts';
import { instrumentSchema } from './instrument.ts';
import { kindSchema } from './kind.ts';
import { obligationSchema } from './obligation.ts';
import { recommendationSchema } from './recommendation.ts';
import { referenceSchema } from './reference-document.ts';
import { reportSchema } from './report.ts';
import { sentencesSchema } from './sentences.ts';
import { themeSchema } from './theme.ts';

/**
 * The schema of every collection, built with a reference factory: Astro's `reference()` for the build
 * (src/content.config.ts), the plain id check for the fast tests (tests/helpers/validate.ts). One table,
 * so that the two can never validate content differently.
 */
export const collectionSchemas = (reference: ReferenceFactory) => ({
  directives: directiveSchema(reference),
  recommendations: recommendationSchema(reference),
  obligations: obligationSchema(reference),
  bodies: bodySchema(reference),
  references: referenceSchema(reference),
  instruments: instrumentSchema(reference),
  themes: themeSchema,
  kinds: kindSchema,
  reports: reportSchema(reference),
  sentences: sentencesSchema(reference),
});

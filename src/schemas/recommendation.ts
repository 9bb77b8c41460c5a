import { z } from 'astro/zod';
import type { ReferenceFactory } from './common.ts';
import { provisionUnits } from './kind.ts';
import { reviewField } from './review.ts';

/** The languages directive text is kept in. */
export const contentLanguages = ['en', 'km'] as const;

/**
 * Where a recommendation text comes from. `source`: the text of our source file, verbatim;
 * `unofficial`: our own translation, shown with a notice and a link to the text it was made from.
 */
export const textStatus = z.enum(['source', 'unofficial']);

/** Frontmatter of a recommendation: one Markdown file per recommendation and language. */
export const recommendationSchema = (reference: ReferenceFactory) =>
  z
    .object({
      /** `draft` while an editor has not checked the drafted text against the published one. */
      review: reviewField,
      /** The directive this recommendation belongs to. */
      directive: reference('directives'),
      /** The unit this text is, one of its directive's kind (src/content/kinds/); a letter's are recommendations. */
      unit: z.enum(provisionUnits).default('recommendation'),
      /** For an article of a text divided into chapters: the number of its chapter (one of its directive's `chapters`). */
      chapter: z.number().int().min(1).optional(),
      /** Its number in the directive, as printed (1-based; articles run on across chapters). */
      number: z.number().int().min(1),
      /** The language of the body text. */
      lang: z.enum(contentLanguages),
      /** Where the text comes from: it must agree with its directive's `texts` (ours is `unofficial`). */
      status: textStatus,
      /** For a translation: the language it was translated from. */
      translatedFrom: z.enum(contentLanguages).optional(),
    })
    .strict()
    .refine((data) => data.status !== 'unofficial' || data.translatedFrom !== undefined, {
      message: 'an unofficial translation must say which language it was translated from (translatedFrom)',
      path: ['translatedFrom'],
    });

export type RecommendationData = z.infer<ReturnType<typeof recommendationSchema>>;

import { z } from 'astro/zod';
import type { ReferenceFactory } from './common.ts';

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
      /** The directive this recommendation belongs to. */
      directive: reference('directives'),
      /** Its number in the directive, as printed (1-based). */
      number: z.number().int().min(1),
      /** The language of the body text. */
      lang: z.enum(contentLanguages),
      /** Where the text comes from; Khmer text must be `unofficial` until an official original is found. */
      status: textStatus,
      /** For a translation: the language it was translated from. */
      translatedFrom: z.enum(contentLanguages).optional(),
    })
    .strict()
    .refine((data) => (data.lang === 'en' ? data.status === 'source' : data.status === 'unofficial'), {
      message: 'English text must have status "source" and Khmer text status "unofficial"',
      path: ['status'],
    })
    .refine((data) => data.status !== 'unofficial' || data.translatedFrom !== undefined, {
      message: 'an unofficial translation must say which language it was translated from (translatedFrom)',
      path: ['translatedFrom'],
    });

export type RecommendationData = z.infer<ReturnType<typeof recommendationSchema>>;

import { z } from 'astro/zod';
import type { ReferenceFactory } from './common.ts';
import { reviewField } from './review.ts';

/** One sentence of the letter: the English source sentence and the Khmer sentence that translates it. */
const sentence = z
  .object({
    /** Stable id within its part (`s1`, `s2`, ...): the anchor is `rec-<number>-<id>` (or `intro-<id>`, `closing-<id>`) in both languages. Never renumbered. */
    id: z.string().regex(/^s[1-9]\d*$/, 'must be "s" followed by a number, e.g. s2'),
    /** The English sentence, verbatim from the English text; none for a document without an English text. */
    en: z.string().min(1).optional(),
    /** The same sentence in our unofficial Khmer translation, verbatim from the Khmer text. */
    km: z.string().min(1),
  })
  .strict();

/**
 * The sentence boundaries of a directive's letter (its introduction, recommendations and closing), reviewed
 * and stored (never guessed when a page is made): one YAML file per directive, `src/content/sentences/<directive>.yaml`.
 */
export const sentencesSchema = (reference: ReferenceFactory) =>
  z
    .object({
      /** `draft` while an editor has not checked the drafted sentence boundaries. */
      review: reviewField,
      /** The directive whose recommendations these sentences divide. */
      directive: reference('directives'),
      /** The introductory paragraph's sentences, in order: joined, they are the directive's `intro` in each language. */
      intro: z.array(sentence).min(1),
      /** Per recommendation, its sentences in reading order. */
      recommendations: z
        .array(
          z
            .object({
              /** The recommendation's number in the directive. */
              number: z.number().int().min(1),
              /** Its sentences, in order: joined, they are the recommendation's text in each language. */
              sentences: z.array(sentence).min(1),
            })
            .strict(),
        )
        .min(1),
      /** The closing's sentences, in order: joined, they are the directive's `closing` in each language. */
      closing: z.array(sentence).min(1),
    })
    .strict();

export type SentencesData = z.infer<ReturnType<typeof sentencesSchema>>;

import { z } from 'astro/zod';
import { isoDate, localizedText, type ReferenceFactory } from './common.ts';
import { relationSchema } from './relation.ts';
import { reviewField } from './review.ts';

/** A document that a directive cites. Which directives cite it is derived from the directives. */
export const referenceSchema = (reference: ReferenceFactory) =>
  z
    .object({
      /** `draft` for a cited document the importer found no entry for: a new stub. */
      review: reviewField,
      /** The document's number exactly as written (e.g. "298 BT."), when it has one. */
      number: z.string().min(1).optional(),
      /** The document's date. */
      date: isoDate,
      /** The body that issued it. */
      issuer: reference('bodies'),
      /** What kind of document it is: a file of src/content/kinds/. */
      kind: reference('kinds'),
      /** What it is known to implement, amend, repeal or replace, before its text is entered. */
      relations: z.array(relationSchema).default([]),
      /** A short title for lists and citations. */
      title: localizedText,
    })
    .strict();

export type ReferenceData = z.infer<ReturnType<typeof referenceSchema>>;

import { z } from 'astro/zod';
import { isoDate, localizedText, type ReferenceFactory } from './common.ts';

/** What sort of document a cited reference is. */
export const referenceKinds = ['letter', 'notes', 'decision', 'sub-decree', 'law', 'report'] as const;

/** A document that a directive cites. Which directives cite it is derived from the directives. */
export const referenceSchema = (reference: ReferenceFactory) =>
  z
    .object({
      /** The document's number exactly as written (e.g. "298 BT."), when it has one. */
      number: z.string().min(1).optional(),
      /** The document's date. */
      date: isoDate,
      /** The body that issued it. */
      issuer: reference('bodies'),
      /** What sort of document it is. */
      kind: z.enum(referenceKinds),
      /** A short title for lists and citations. */
      title: localizedText,
    })
    .strict();

export type ReferenceData = z.infer<ReturnType<typeof referenceSchema>>;

import { z } from 'astro/zod';

/**
 * Shared building blocks of every schema. Plain zod (the same zod 4 that `astro/zod` re-exports),
 * so that the build, `npm run check` and the tests validate content with one set of rules.
 */

/** A lower-case, hyphenated id, as used in file names and URLs. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens');

/** A calendar date written as YYYY-MM-DD (YAML dates are accepted and turned back into that form). */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'must be a date written as YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD')
    .refine((text) => {
      const date = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
    }, 'is not a real calendar date'),
);

/** A date as precise as the text gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialIsoDate = z
  .string()
  .regex(/^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((text) => {
    if (text.length < 10) return true;
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, 'is not a real calendar date');

/**
 * How trustworthy a Khmer text is. `established`: the official Khmer name as used by a public source
 * (a body or instrument must then give that source, `kmSource`); `unofficial`: our own translation,
 * always shown with a notice; `latin`: a name kept in Latin script, as the English text writes it,
 * because no Khmer form of it was found (e.g. CamCERT, DGPost, DG SuperApp); `original`: the Khmer as
 * printed in a document issued in Khmer (only in the header of a directive whose Khmer text is its original).
 */
export const khmerStatus = z.enum(['established', 'unofficial', 'latin', 'original']);

/**
 * A text in English with its Khmer counterpart. The Khmer text must say what it is (`kmStatus`),
 * so that no translation of ours is ever presented as official wording.
 */
export const localizedText = z
  .object({
    /** The English text (for directive text: verbatim from the source). */
    en: z.string().trim().min(1, 'must not be empty'),
    /** The Khmer text. */
    km: z.string().trim().min(1, 'must not be empty'),
    /** Where the Khmer text comes from: `established` official usage or our `unofficial` translation. */
    kmStatus: khmerStatus,
  })
  .strict();

/**
 * A text of a document's header (its subject, introduction, signature...): the Khmer always, the English
 * only where the document has an English text (`texts.en`). A Khmer original nobody translated has no
 * English, and we never write one in its place (src/validation/document-rules.ts checks both ways).
 */
export const documentText = localizedText.extend({ en: z.string().trim().min(1, 'must not be empty').optional() });
export type DocumentText = z.infer<typeof documentText>;

/** The exact strings by which directive text names an entry, per language (linked by rehype-link-mentions). */
export const mentions = z
  .object({
    /** English surface forms, verbatim as they occur in the text. */
    en: z.array(z.string().min(2)).default([]),
    /** Khmer surface forms, as they occur in our Khmer translation. */
    km: z.array(z.string().min(1)).default([]),
  })
  .strict()
  .default({ en: [], km: [] });

/** A localized text whose Khmer form may be the English one kept in Latin script (e.g. CamCERT). */
export type LocalizedText = z.infer<typeof localizedText>;

/** Lets a schema be built either with Astro's `reference()` or with a plain id check outside Astro. */
export type ReferenceFactory = <C extends string>(collection: C) => z.ZodType<{ id: string; collection: C }, unknown>;

/**
 * The reference factory used outside Astro (the tests): same output shape as `reference()`, from an id
 * as written in a file or from an entry already loaded (`{ id, collection }`).
 */
export const plainReference: ReferenceFactory = <C extends string>(collection: C) =>
  z.union([z.string().min(1), z.object({ id: z.string().min(1), collection: z.literal(collection) }).transform((ref) => ref.id)]).transform((id) => ({ id, collection })) as unknown as z.ZodType<
    { id: string; collection: C },
    unknown
  >;

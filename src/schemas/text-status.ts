import { z } from 'astro/zod';
import { isoDate, type ReferenceFactory } from './common.ts';
import { contentLanguages } from './recommendation.ts';

/** The language a document was issued in; `not-recorded` when no original is known (letter No. 265 SCN.PB). */
export const issuedInValues = [...contentLanguages, 'not-recorded'] as const;

/** An address where a text was published: https only, as every link of the site. */
const publishedAt = z.url({ protocol: /^https$/, error: 'must be the https:// address where the text was published' });

/**
 * What the text of a document in one language is. Every status but ours says where the text is from:
 * - `original`: the text as issued, in the language it was issued in, published by `publisher` at `url`;
 * - `official-translation`: a translation published by an official body (`by`, often the issuer) at `url`;
 * - `published-translation`: an unofficial translation published by someone else (a newspaper) at `url`, on `date`;
 * - `held`: the verbatim text of the project's source file (`source` of the document), whose first
 *   publication is not recorded: the English of letter No. 265 SCN.PB;
 * - `ours`: our own unofficial translation, from `translatedFrom`, always shown with a notice.
 * A language without an entry has no text: its pages say so and never fall back in silence.
 */
export const textStatusSchema = (reference: ReferenceFactory) =>
  z.discriminatedUnion('status', [
    z.object({ status: z.literal('original'), publisher: reference('bodies'), url: publishedAt, date: isoDate.optional() }).strict(),
    z.object({ status: z.literal('official-translation'), by: reference('bodies'), url: publishedAt, date: isoDate.optional() }).strict(),
    z.object({ status: z.literal('published-translation'), publisher: z.string().trim().min(1), url: publishedAt, date: isoDate }).strict(),
    z.object({ status: z.literal('held') }).strict(),
    z.object({ status: z.literal('ours'), translatedFrom: z.enum(contentLanguages) }).strict(),
  ]);

/** The texts of a document, by language: at least one. */
export const textsSchema = (reference: ReferenceFactory) =>
  z
    .object(
      Object.fromEntries(contentLanguages.map((lang) => [lang, textStatusSchema(reference).optional()])) as Record<
        (typeof contentLanguages)[number],
        z.ZodOptional<ReturnType<typeof textStatusSchema>>
      >,
    )
    .strict()
    .refine((texts) => Object.values(texts).some(Boolean), 'a document needs a text in at least one language');

export type TextStatusData = z.infer<ReturnType<typeof textStatusSchema>>;

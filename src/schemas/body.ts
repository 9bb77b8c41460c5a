import { z } from 'astro/zod';
import { localizedText, mentions, type ReferenceFactory } from './common.ts';
import { reviewField } from './review.ts';

/** What sort of body an entry is; drives grouping on the bodies page. */
export const bodyKinds = [
  'government',
  'ministry',
  'institution',
  'committee',
  'secretariat',
  'office',
  'agency',
  'unit',
  'public-enterprise',
  'office-holder',
  'person',
  'forum',
  'international-organization',
  'subnational-administration',
  'collective',
] as const;

export const bodyKind = z.enum(bodyKinds);

/** Every organisation, office, person or collective a directive names. One YAML file each. */
export const bodySchema = (reference: ReferenceFactory) =>
  z
    .object({
      /** `draft` for a body the importer could not match: a new body, or a name an existing one lacks. */
      review: reviewField,
      /** Full name in English and the established Khmer name (or our unofficial rendering, marked so). */
      name: localizedText,
      /** Short form used in running text, e.g. "MPTC" (optional). */
      acronym: z.string().min(1).optional(),
      /**
       * Where the acronym comes from, as search finds a body by it: `letter` (the directive writes it),
       * `common usage` (in general use, e.g. the body's own web address; no single source), or a public URL.
       */
      acronymSource: z.union([z.literal('letter'), z.literal('common usage'), z.url()]).optional(),
      /** What sort of body this is. */
      kind: bodyKind,
      /** Collectives this body belongs to; it inherits their obligations (e.g. "all relevant ministries and institutions"). */
      memberOf: z.array(reference('bodies')).default([]),
      /** The body this one is part of (e.g. Cambodia Post under MPTC). Informational: obligations are not inherited. */
      partOf: reference('bodies').optional(),
      /** Exact strings by which the directive text names this body, per language; used to link mentions. */
      mentions,
      /** A one-sentence description of what the letter says of this body, when it has no obligation of its own. */
      note: localizedText.optional(),
      /** Public source of the Khmer name, when it is established. */
      kmSource: z.string().min(1).optional(),
    })
    .strict()
    .refine((body) => (body.acronym === undefined) === (body.acronymSource === undefined), {
      message: 'an acronym needs its acronymSource (letter, common usage or a URL), and a source needs an acronym',
      path: ['acronymSource'],
    });

export type BodyData = z.infer<ReturnType<typeof bodySchema>>;

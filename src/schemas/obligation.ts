import { z } from 'astro/zod';
import { localizedText, partialIsoDate, type ReferenceFactory } from './common.ts';

/**
 * The roles a body can have in an obligation. Documented for readers on the about page; the order
 * is the order in which roles are listed.
 */
export const roles = ['lead', 'joint', 'cooperating', 'supporting', 'reviewing', 'deciding', 'encouraged'] as const;
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;

/** Assessment of progress. Only ever set from a cited public source; never inferred. */
export const statuses = ['not-assessed'] as const;

/** A body's part in an obligation. */
export const actorSchema = (reference: ReferenceFactory) =>
  z
    .object({
      /** The body. */
      body: reference('bodies'),
      /** Its role, from the documented vocabulary. */
      role,
      /** How the text names the body here, when it differs from its name (e.g. "other relevant ministries and institutions"). */
      asWritten: z.string().min(1).optional(),
      /** True when the sentence names no actor and the body is the letter's addressee of all recommendations. */
      implicit: z.boolean().default(false),
    })
    .strict();

/** One distinct action in a recommendation. One YAML file each, named r<NN>-o<N>.yaml. */
export const obligationSchema = (reference: ReferenceFactory) =>
  z
    .object({
      /** The directive this obligation belongs to. */
      directive: reference('directives'),
      /** The number of the recommendation it comes from (1 = the first). */
      recommendation: z.number().int().min(1),
      /** The verbatim English span of the recommendation that states the action (emphasis marks removed). */
      quote: z.string().min(8),
      /** A short summary of the action, in English and Khmer. */
      action: localizedText,
      /** The bodies that act, each with its role. */
      actors: z.array(actorSchema(reference)).min(1, 'must name at least one actor'),
      /** Bodies the action is about or for, that carry no obligation of their own here. */
      concerns: z.array(reference('bodies')).default([]),
      /** The deadline or timing exactly as written, and an ISO date only where the text gives one. */
      deadline: z
        .object({
          /** The words of the text, e.g. "as soon as possible". */
          text: z.string().trim().min(1, 'must not be empty'),
          /** The same words in Khmer (our unofficial translation, like every obligation's Khmer text). */
          km: z.string().trim().min(1, 'must not be empty'),
          /** YYYY, YYYY-MM or YYYY-MM-DD, only when the text states a date. */
          iso: partialIsoDate.optional(),
        })
        .strict()
        .optional(),
      /** Themes from the controlled list. */
      themes: z.array(reference('themes')).min(1, 'must have at least one theme'),
      /** Named instruments the action concerns. */
      instruments: z.array(reference('instruments')).default([]),
      /** Progress assessment; "not-assessed" unless a cited source says otherwise. */
      status: z.enum(statuses).default('not-assessed'),
    })
    .strict();

export type ObligationData = z.infer<ReturnType<typeof obligationSchema>>;

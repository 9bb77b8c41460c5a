import { z } from 'astro/zod';
import { khmerStatus } from './common.ts';
import { bodyKinds } from './body.ts';
import { modalities, obligationKinds, roles, statuses } from './obligation.ts';

/** A text in both languages, with the status of the Khmer text. */
const bilingual = z.object({ en: z.string(), km: z.string(), kmStatus: khmerStatus }).strict();
/** Page URLs in both languages. */
const urls = z.object({ en: z.url(), km: z.url() }).strict();

/** The schema of /data/bodies/<id>.json: every obligation that falls to one body, and how. */
export const bodyDataSchema = z
  .object({
    /** Version of this format. */
    formatVersion: z.literal(1),
    /** Where the site is published. */
    site: z.url(),
    /** The licence of the data. */
    licence: z.string(),
    /** The date the data was last changed (the newest commit of the content), or null when not known. */
    dataUpdated: z.iso.date().nullable(),
    /** The body. */
    body: z.object({ id: z.string(), name: bilingual, acronym: z.string().optional(), kind: z.enum(bodyKinds), memberOf: z.array(z.string()), url: urls }).strict(),
    /** Every obligation that falls to the body, newest directive first, in the letter's order. */
    obligations: z.array(
      z
        .object({
          /** The obligation's id, as in /data/directives.json. */
          id: z.string(),
          /** The directive it belongs to. */
          directive: z.string(),
          /** Its recommendation (0: the letter's introduction). */
          recommendation: z.number().int().min(0),
          /** "4.2": recommendation and obligation number. */
          number: z.string(),
          /** `direct` when the body is named; `group` when it carries it as a member of `via`. */
          how: z.enum(['direct', 'group']),
          /** The group (collective body) through which it falls to the body, or null. */
          via: z.object({ id: z.string(), name: bilingual }).strict().nullable(),
          /** The role of the body (or of its group). */
          role: z.enum(roles),
          /** What must be done: our summary, in both languages. */
          action: bilingual,
          /** The verbatim English words of the letter. */
          quote: z.string(),
          kind: z.enum(obligationKinds),
          modality: z.enum(modalities),
          /** The other bodies acting in it, with their role. */
          with: z.array(z.object({ body: z.string(), name: bilingual, role: z.enum(roles) }).strict()),
          /** The deadline as written (and in Khmer), or null when the letter gives none. */
          deadline: z.object({ text: z.string(), km: z.string(), iso: z.string().optional() }).strict().nullable(),
          themes: z.array(z.string()),
          status: z.enum(statuses),
          /** The obligation's permalink, in both languages. */
          url: urls,
        })
        .strict(),
    ),
  })
  .strict();

export type BodyData = z.infer<typeof bodyDataSchema>;

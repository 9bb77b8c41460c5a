import { z } from 'astro/zod';
import { khmerStatus } from './common.ts';
import { bodyKinds } from './body.ts';
import { modalities, obligationKinds, roles, statuses } from './obligation.ts';

/** A text in both languages, with the status of the Khmer text. */
const bilingual = z.object({ en: z.string(), km: z.string(), kmStatus: khmerStatus }).strict();
/** Page URLs in both languages. */
const urls = z.object({ en: z.url(), km: z.url() }).strict();

/** The body a file is about. */
const bodyHeader = z.object({ id: z.string(), name: bilingual, acronym: z.string().optional(), kind: z.enum(bodyKinds), memberOf: z.array(z.string()), url: urls }).strict();

/** What both kinds of body file start with: the format, the site, the licence, the date and the body. */
const bodyFileHead = {
  /** Version of this format (2: split into parts). */
  formatVersion: z.literal(2),
  /** Where the site is published. */
  site: z.url(),
  /** The licence of the data. */
  licence: z.string(),
  /** The date the data was last changed (the newest commit of the content), or null when not known. */
  dataUpdated: z.iso.date().nullable(),
  /** The body. */
  body: bodyHeader,
};

/**
 * The schema of /data/bodies/<id>.json: the index of a body's obligations, split into parts (one per
 * page of the body's obligations, at most a fixed number each) so that no file grows with the corpus.
 */
export const bodyDataSchema = z
  .object({
    ...bodyFileHead,
    /** How many obligations fall to the body, in all its parts. */
    total: z.number().int().min(0),
    /** The most obligations a part holds. */
    partSize: z.number().int().min(1),
    /** Its parts, newest directives first: every obligation of the body is in exactly one. */
    parts: z.array(
      z
        .object({
          /** 1 for the newest. */
          number: z.number().int().min(1),
          /** How many obligations it holds. */
          count: z.number().int().min(0),
          /** The directives of its obligations, newest first. */
          directives: z.array(z.string()),
          /** The part as JSON (schema /data/body-part.schema.json) and as CSV. */
          json: z.url(),
          csv: z.url(),
          /** The page that shows the same obligations, in both languages. */
          page: urls,
        })
        .strict(),
    ),
  })
  .strict();

export type BodyData = z.infer<typeof bodyDataSchema>;

/** The schema of /data/bodies/<id>/<n>.json: the obligations of one part of a body's list, and how each falls to it. */
export const bodyPartSchema = z
  .object({
    ...bodyFileHead,
    /** Which part this is, of how many, and the index that lists them all. */
    part: z.object({ number: z.number().int().min(1), of: z.number().int().min(1), index: z.url() }).strict(),
    /** The obligations of this part, newest directive first, in the letter's order. */
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

export type BodyPart = z.infer<typeof bodyPartSchema>;

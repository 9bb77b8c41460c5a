import { z } from 'astro/zod';
import { isoDate, type ReferenceFactory } from './common.ts';

/**
 * What a follow-up source reports about an obligation, in the source's own terms, never our
 * assessment. `plan-reported`: a plan, schedule or intention is announced; `action-reported`: work is
 * reported under way or done in part (a draft, a consultation, a meeting); `completion-reported`: the
 * source says the thing is done (launched, adopted, completed); `delay-reported`: the source says it is
 * late, postponed or stalled.
 */
export const reportStates = ['plan-reported', 'action-reported', 'completion-reported', 'delay-reported'] as const;
export type ReportState = (typeof reportStates)[number];

/** A publication date as precise as the source states it: YYYY-MM-DD, or YYYY-MM when the page gives only the month. */
export const statedDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'must be the date the page states, written YYYY-MM-DD (or YYYY-MM when it gives only the month)' })
    .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'must be the date the page states, written YYYY-MM-DD (or YYYY-MM when it gives only the month)')
    .refine((text) => text.length === 7 || new Date(`${text}T00:00:00Z`).toISOString().startsWith(text), 'is not a real calendar date'),
);

/** The languages a source may be in: BCP 47 primary tags (en, km, bg, ms, ...). */
const languageTag = z.string().regex(/^[a-z]{2,3}$/, 'must be a two- or three-letter language code (en, km, bg)');

/**
 * One public follow-up report: a dated source (ministry statement, official notice, the press) with the
 * exact words that matter and the obligations it speaks to. One YAML file each, in src/content/reports/.
 */
export const reportSchema = (reference: ReferenceFactory) =>
  z
    .object({
      /** Who published the page (a ministry, a newspaper, a law firm), as the page names itself. */
      publisher: z.string({ error: 'must name who published the source' }).trim().min(2, 'must name who published the source'),
      /** The page's title as it gives it; left out when the page shows none. */
      title: z.string().trim().min(2).optional(),
      /** The address of the source: a public https page. */
      url: z.url({ protocol: /^https$/, error: 'must be the https address of the source' }),
      /** The date the source states as its publication date (never a date read from its address). */
      published: statedDate,
      /** The language of the source and of its quote. */
      language: languageTag,
      /** The date we read the source. */
      retrieved: isoDate,
      /** The words of the source that matter, exactly as written, in the source's language. Never paraphrased. */
      quote: z.string({ error: 'must give the exact words of the source' }).trim().min(20, 'must give the exact words of the source (at least a sentence)'),
      /** Our English translation of a quote in another language, shown marked as ours. */
      translation: z.string().trim().min(2).optional(),
      /** The obligations the source speaks to. */
      obligations: z.array(reference('obligations')).min(1, 'must name at least one obligation the source speaks to'),
      /** What the source reports, from the fixed vocabulary (not our assessment). */
      state: z.enum(reportStates, { error: `must be one of ${reportStates.join(', ')}` }),
      /** Our note on what the source does and does not say (e.g. that it does not name the ministry). */
      note: z.string().trim().min(2).optional(),
    })
    .strict();

export type ReportData = z.infer<ReturnType<typeof reportSchema>>;

import { z } from 'astro/zod';
import { khmerStatus } from './common.ts';
import { bodyKinds } from './body.ts';
import { instrumentKinds } from './instrument.ts';
import { modalities, obligationKinds, roles, statuses } from './obligation.ts';
import { reportStates } from './report.ts';
import { contentLanguages } from './recommendation.ts';
import { relationTypes } from './relation.ts';
import { issuedInValues } from './text-status.ts';

/** A text in both languages, with the status of the Khmer text. */
const bilingual = z.object({ en: z.string(), km: z.string(), kmStatus: khmerStatus }).strict();
/** A document's header text: no English when the document has no English text. */
const documentBilingual = bilingual.extend({ en: z.string().optional() });
/** Page URLs in both languages. */
const urls = z.object({ en: z.url(), km: z.url() }).strict();

/** What a text is and where it is from (src/schemas/text-status.ts), with bodies as ids. */
const textStatus = z
  .object({
    status: z.enum(['original', 'official-translation', 'published-translation', 'held', 'ours']),
    publisher: z.string().optional(),
    by: z.string().optional(),
    url: z.url().optional(),
    date: z.iso.date().optional(),
    translatedFrom: z.enum(contentLanguages).optional(),
  })
  .strict();

/** A relation between two documents: `document` is a directive's or a cited document's id. */
const relation = z.object({ type: z.enum(relationTypes), document: z.string(), date: z.iso.date(), provision: z.string().optional() }).strict();

/** A directive with everything it says: its recommendations (both languages) and its obligations. */
export const openDataDirectiveSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    date: z.iso.date(),
    issuer: z.string(),
    subject: documentBilingual,
    url: urls,
    /** Its kind: an id of the catalogue's `kinds`. */
    kind: z.string(),
    /** The language it was issued in, or `not-recorded`. */
    issuedIn: z.enum(issuedInValues),
    /** What its text is in each language; a language it has no text in is absent. */
    texts: z.object({ en: textStatus.optional(), km: textStatus.optional() }).strict(),
    /** What it implements, amends, repeals or replaces, and cites beyond `references`. */
    relations: z.array(relation),
    /** What other documents do to it: `document` is the other document (a printed citation is `cites`). */
    relatedBy: z.array(relation),
    source: z.object({ file: z.string(), sha256: z.string().length(64), lang: z.enum(['en', 'km']) }).strict(),
    references: z.array(z.string()),
    recommendations: z.array(
      z
        .object({
          number: z.number().int().min(1),
          /** Its text in each language the document has one in (no English for a Khmer original nobody translated). */
          text: z.object({ en: z.string().optional(), km: z.string(), kmStatus: z.enum(['unofficial', 'original']) }).strict(),
          url: urls,
        })
        .strict(),
    ),
    obligations: z.array(
      z
        .object({
          id: z.string(),
          recommendation: z.number().int().min(0),
          quote: z.string(),
          /** The language of the quote: the document's English text where it has one, else its own text. */
          quoteLang: z.enum(['en', 'km']),
          action: bilingual,
          kind: z.enum(obligationKinds),
          modality: z.enum(modalities),
          actors: z.array(z.object({ body: z.string(), role: z.enum(roles), asWritten: z.string().optional(), implicit: z.boolean() }).strict()),
          concerns: z.array(z.string()),
          cites: z.array(z.string()),
          deadline: z.object({ text: z.string(), km: z.string(), iso: z.string().optional() }).strict().nullable(),
          themes: z.array(z.string()),
          instruments: z.array(z.string()),
          status: z.enum(statuses),
          url: urls,
        })
        .strict(),
    ),
  })
  .strict();

/** The data files of a directive (site URLs). */
const dataFiles = z.object({ json: z.url(), csv: z.url(), akn: z.url() }).strict();

/**
 * The schema of /data/directives.json: the catalogue of the open data. Every directive in a line, with
 * the URLs of its own data files (its full text and obligations are in /data/directives/<id>.json),
 * and every body, reference, theme and instrument. Split per directive so that no file grows with the
 * whole corpus beyond what static hosts accept.
 */
export const openDataSchema = z
  .object({
    /** Version of this format (2: directives split into their own files). */
    formatVersion: z.literal(2),
    /** Where the site is published. */
    site: z.url(),
    /** The licence of the data. */
    licence: z.string(),
    directives: z.array(
      z.object({ id: z.string(), number: z.string(), date: z.iso.date(), issuer: z.string(), subject: documentBilingual, url: urls, obligations: z.number().int().min(0), data: dataFiles }).strict(),
    ),
    bodies: z.array(
      z.object({ id: z.string(), name: bilingual, acronym: z.string().optional(), kind: z.enum(bodyKinds), memberOf: z.array(z.string()), partOf: z.string().nullable(), url: urls }).strict(),
    ),
    references: z.array(
      z
        .object({
          id: z.string(),
          number: z.string().nullable(),
          date: z.iso.date(),
          issuer: z.string(),
          kind: z.string(),
          title: bilingual,
          citedBy: z.array(z.string()),
          relations: z.array(relation),
          url: urls,
        })
        .strict(),
    ),
    themes: z.array(z.object({ id: z.string(), name: bilingual, description: bilingual, url: urls }).strict()),
    /** The kinds of instrument, with the units their texts are made of. */
    kinds: z.array(z.object({ id: z.string(), name: bilingual, units: z.array(z.string()) }).strict()),
    instruments: z.array(z.object({ id: z.string(), name: bilingual, kind: z.enum(instrumentKinds), url: urls }).strict()),
  })
  .strict();

export type OpenData = z.infer<typeof openDataSchema>;

/** The schema of /data/reports.json: every public follow-up report, newest first. */
export const reportsOpenDataSchema = z
  .object({
    /** Version of this format. */
    formatVersion: z.literal(1),
    /** Where the site is published. */
    site: z.url(),
    /** The licence of the data (the quotes remain their publishers' words). */
    licence: z.string(),
    /** The words a report's `state` may take: what the source reports, never our assessment. */
    states: z.array(z.enum(reportStates)),
    /** Per directive: the date public sources were last searched for reports (null when not recorded). */
    lastChecked: z.record(z.string(), z.iso.date().nullable()),
    reports: z.array(
      z
        .object({
          id: z.string(),
          publisher: z.string(),
          title: z.string().nullable(),
          url: z.url(),
          /** As precise as the source states it: YYYY-MM-DD or YYYY-MM. */
          published: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
          language: z.string(),
          retrieved: z.iso.date(),
          quote: z.string().min(1),
          /** Our translation of the quote, when the source is in another language (unofficial). */
          translation: z.string().nullable(),
          state: z.enum(reportStates),
          note: z.string().nullable(),
          obligations: z.array(z.object({ id: z.string(), url: urls }).strict()).min(1),
        })
        .strict(),
    ),
  })
  .strict();

export type ReportsOpenData = z.infer<typeof reportsOpenDataSchema>;

/** The schema of /data/directives/<id>.json: one directive, in full. */
export const openDataDirectiveFileSchema = z
  .object({
    /** Version of this format. */
    formatVersion: z.literal(2),
    /** Where the site is published. */
    site: z.url(),
    /** The licence of the data. */
    licence: z.string(),
    directive: openDataDirectiveSchema,
  })
  .strict();

export type OpenDataDirectiveFile = z.infer<typeof openDataDirectiveFileSchema>;

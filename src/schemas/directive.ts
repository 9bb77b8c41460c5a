import { z } from 'astro/zod';
import { documentText, isoDate, localizedText, type ReferenceFactory } from './common.ts';
import { relationSchema } from './relation.ts';
import { issuedInValues, textsSchema } from './text-status.ts';
import { reviewField } from './review.ts';

/** A line of the letter that names a body (addressee, Copy-to). */
const namedLine = (reference: ReferenceFactory) =>
  z
    .object({
      /** The line as the letter prints it. */
      text: documentText,
      /** The body it names, when it names one (an archive line names none). */
      body: reference('bodies').optional(),
    })
    .strict();

/** A directive: the letter's header, framing paragraphs and closing. Recommendations are separate Markdown files. */
export const directiveSchema = (reference: ReferenceFactory) =>
  z
    .object({
      /** `draft` while an editor has not reviewed what `npm run import` drafted (src/schemas/review.ts). */
      review: reviewField,
      /** What kind of instrument it is: a file of src/content/kinds/ (law, sub-decree, letter...). */
      kind: reference('kinds'),
      /** The language it was issued in; `not-recorded` when no original is known. */
      issuedIn: z.enum(issuedInValues),
      /** What its text is in each language: the original, a translation (whose, where) or ours. */
      texts: textsSchema(reference),
      /** What it implements, amends, repeals or replaces (and cites beyond its reference lines). */
      relations: z.array(relationSchema).default([]),
      /** The letter's number exactly as printed, e.g. "265 SCN.PB". */
      number: z.string().min(1),
      /** The body that issued the directive. */
      issuer: reference('bodies'),
      /** The date of the letter. */
      date: isoDate,
      /** Where it was signed. */
      place: documentText,
      /** The letterhead lines above the issuer (kingdom and motto). */
      letterhead: z.array(documentText).min(1),
      /** The sender's title block as printed. */
      sender: z.object({ body: reference('bodies'), title: documentText }).strict(),
      /** To whom a letter is addressed (a sub-decree or a law is addressed to nobody). */
      addressee: namedLine(reference).optional(),
      /** The subject line, without its label. Emphasis as in the source (**bold**). */
      subject: documentText,
      /** The event whose recommendations a letter transmits (a verbatim span of the subject), when it transmits any. */
      event: documentText.optional(),
      /** The cited documents, in the letter's order, each with the line as printed. */
      references: z.array(z.object({ reference: reference('references'), text: documentText }).strict()).default([]),
      /** The bodies the letter instructs to implement its recommendations. */
      addressedTo: z.array(reference('bodies')).min(1),
      /** The chapters of a text divided into them (a law, a sub-decree), each with its heading; its articles name their chapter. */
      chapters: z.array(z.object({ number: z.number().int().min(1), title: documentText }).strict()).default([]),
      /** The introductory paragraph before the recommendations. */
      intro: documentText,
      /** How many provisions (recommendations, articles, points) the text has; its text files must match. */
      recommendationCount: z.number().int().min(1),
      /** The closing sentence. */
      closing: documentText,
      /** The signature block. */
      signature: z
        .object({
          /** The lines above the name ("On Behalf of ..."). */
          block: documentText,
          /** The mark printed instead of the signature, e.g. "[Signed and Stamped]". */
          mark: documentText,
          /** The signatory's name as printed. */
          name: documentText,
          /** The signatory as a body (a person). */
          signatory: reference('bodies'),
        })
        .strict(),
      /** The Copy-to list, in order. */
      copyTo: z.array(namedLine(reference)).default([]),
      /**
       * The public record of follow-up: the date we last searched public sources (ministry statements,
       * official notices, the press) for reports on its obligations. An obligation with no report shows
       * "no public report found" with this date.
       */
      followUp: z.object({ lastChecked: isoDate }).strict().optional(),
      /** The source text this entry was made from. */
      source: z
        .object({
          /** Path of the source file in the project, under seeds/. */
          file: z.string().regex(/^seeds\/[\w.-]+$/, 'must be a file under seeds/'),
          /** SHA-256 of that file, hex. */
          sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
          /** The language of the source file. */
          lang: z.enum(['en', 'km']),
          /** What the source is, in a sentence (e.g. that it is an English translation). */
          description: localizedText,
        })
        .strict(),
    })
    .strict();

export type DirectiveData = z.infer<ReturnType<typeof directiveSchema>>;

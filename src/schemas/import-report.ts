import { z } from 'astro/zod';

/**
 * The report of one `npm run import`: what it proposed, with a confidence and the reasons, what it could
 * not place, and the OCR lines it read with low confidence. Saved as src/imports/<id>.json beside the
 * drafts; the review page of a preview build reads it.
 */
export const importReportSchema = z
  .object({
    /** The id of the drafted directive. */
    id: z.string().min(1),
    /** The source file kept under seeds/. */
    source: z.string().min(1),
    lang: z.enum(['en', 'km']),
    /** How the source was read: a text file, a PDF's text layer, OCR. */
    read: z.string().min(1),
    proposed: z.array(
      z
        .object({
          /** The draft file (project path) and field the proposal is about. */
          file: z.string().min(1),
          field: z.string().optional(),
          what: z.string(),
          /** 0..1: how sure the importer is. */
          confidence: z.number().min(0).max(1),
          reasons: z.array(z.string()),
        })
        .strict(),
    ),
    /** What the text has that the importer could not place, and fields it could not fill. */
    unplaced: z.array(z.object({ what: z.string(), reason: z.string() }).strict()),
    /** What reading the source changed (the spaces a PDF's text layer put inside Khmer words). */
    sourceNotes: z.array(z.string()),
    /** OCR lines below the confidence threshold, numbered from 1 in the text read. */
    lowConfidenceLines: z.array(z.object({ line: z.number().int().min(1), confidence: z.number(), text: z.string() }).strict()),
  })
  .strict();

export type ImportReport = z.infer<typeof importReportSchema>;
export type ReportItem = ImportReport['proposed'][number];

import { z } from 'astro/zod';

/**
 * The review state of an entry drafted by `npm run import`. A draft carries `review: draft` until an
 * editor has checked it against the published text and removed the line; the public build refuses every
 * draft, naming the file and the field (src/validation/review-rules.ts), and a preview build
 * (`npm run build -- --drafts`, or ATLAS_DRAFTS=1) shows drafts, each marked as one.
 */
export const reviewField = z.literal('draft', { error: 'must be "draft" (an entry drafted by npm run import), or absent once reviewed' }).optional();

/**
 * What the importer writes where the published text gives nothing to fill a field with (a translation,
 * a summary, a signature the text does not print): never a guess, and refused by the build in any entry
 * that is no longer a draft.
 */
export const DRAFT_TEXT = '[to be written by the editor]';

/** The id the importer writes where the text names no body it can match (a signatory it does not print). */
export const DRAFT_BODY = 'to-be-reviewed';

import { z } from 'astro/zod';
import { isoDate } from './common.ts';

/**
 * How one document acts on another. `cites` is also derived from a letter's printed reference lines
 * (`references`), which stay where the letter prints them; a relation says what the lines cannot.
 */
export const relationTypes = ['cites', 'implements', 'amends', 'repeals', 'replaces'] as const;
export type RelationType = (typeof relationTypes)[number];

/** One relation from the document that holds it to another document of the atlas. */
export const relationSchema = z
  .object({
    /** What the document does to the other. */
    type: z.enum(relationTypes),
    /** The other document: the id of a directive (src/content/directives/) or of a cited stub (src/content/references/). */
    document: z.string().min(1),
    /** When the relation takes effect, when the text says; otherwise the document's own date applies. */
    date: isoDate.optional(),
    /** The provision of this document that makes the relation, as its anchor (`art_12`, `rec-3`), when known. */
    provision: z.string().min(1).optional(),
  })
  .strict();

export type RelationData = z.infer<typeof relationSchema>;

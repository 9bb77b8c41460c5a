import { z } from 'astro/zod';
import { localizedText } from './common.ts';

/**
 * The units a Cambodian instrument's text is made of, outermost first. A law has books, chapters,
 * sections and articles (មាត្រា); a circular has numbered points; letter No. 265 SCN.PB has
 * recommendations. Their names in both languages are UI strings (`unit.<name>` in src/i18n/).
 */
export const provisionUnits = ['book', 'part', 'chapter', 'section', 'article', 'recommendation', 'paragraph', 'point'] as const;
export type ProvisionUnit = (typeof provisionUnits)[number];

/** The units a text file can be: each is a provision with its own page (`articles/5/`), the others are parts of one or contain them. */
export const pageUnits = ['article', 'recommendation', 'point'] as const satisfies readonly ProvisionUnit[];

/**
 * Akoma Ntoso's eId prefix of each unit (`chp_2__art_5__para_1`). A recommendation is no unit of Akoma
 * Ntoso's vocabulary: it keeps the `rec` of the letter's anchors (`rec-8`), which are public addresses.
 */
export const eIdPrefixes: Record<ProvisionUnit, string> = {
  book: 'book',
  part: 'part',
  chapter: 'chp',
  section: 'sec',
  article: 'art',
  recommendation: 'rec',
  paragraph: 'para',
  point: 'point',
};

/**
 * A kind of instrument (law, sub-decree, prakas, letter...): one YAML file each in src/content/kinds/,
 * so that a new kind is a new file. Documents and cited references name their kind by file name.
 */
export const kindSchema = z
  .object({
    /** The kind's name in both languages ("Sub-decree", "អនុក្រឹត្យ"). */
    name: localizedText,
    /** Public source of the Khmer name, when it is established (as for bodies and instruments). */
    kmSource: z.string().min(1).optional(),
    /** The units its text may be made of, outermost first; empty for a kind we only cite, never hold. */
    units: z.array(z.enum(provisionUnits)).refine((units) => new Set(units).size === units.length, 'lists a unit twice'),
  })
  .strict();

export type KindData = z.infer<typeof kindSchema>;

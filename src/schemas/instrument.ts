import { z } from 'astro/zod';
import { localizedText, mentions, type ReferenceFactory } from './common.ts';

/** What sort of named instrument an entry is. */
export const instrumentKinds = [
  'draft-law',
  'draft-sub-decree',
  'regulation',
  'framework',
  'architecture',
  'plan',
  'project',
  'platform',
  'infrastructure',
  'initiative',
  'service',
  'unspecified',
] as const;

/** A law, draft, project, platform or programme that a directive names. One YAML file each. */
export const instrumentSchema = (reference: ReferenceFactory) =>
  z
    .object({
      /** The instrument's name, as the directive writes it in English, and in Khmer. */
      name: localizedText,
      /** What sort of instrument this is; `unspecified` when the letter does not say (e.g. DGPost). */
      kind: z.enum(instrumentKinds),
      /** The body the directive connects with the instrument, when it names one. */
      owner: reference('bodies').optional(),
      /** Exact strings by which the directive text names this instrument, per language; used to link mentions. */
      mentions,
      /** Public source of the Khmer name, when it is established. */
      kmSource: z.string().min(1).optional(),
    })
    .strict();

export type InstrumentData = z.infer<ReturnType<typeof instrumentSchema>>;

import { z } from 'astro/zod';
import { localizedText } from './common.ts';

/** An entry of the controlled theme list. One YAML file each; obligations refer to them by id. */
export const themeSchema = z
  .object({
    /** The theme's name. */
    name: localizedText,
    /** What belongs under this theme, in one sentence. */
    description: localizedText,
  })
  .strict();

export type ThemeData = z.infer<typeof themeSchema>;

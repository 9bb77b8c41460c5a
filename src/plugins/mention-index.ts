import type { Lang } from '../lib/routes.ts';
import { routes } from '../lib/routes.ts';
import { readContentFiles } from '../validation/content-files.ts';
import type { Mention } from './rehype-link-mentions.ts';

/**
 * Reads the mention strings of every body and instrument straight from the content files: the
 * Markdown processor is configured before Astro's content collections exist.
 */
export function loadMentions(contentDir: string, projectRoot: string): Mention[] {
  const { entries } = readContentFiles(contentDir, projectRoot);
  const mentions: Mention[] = [];
  for (const entry of entries) {
    if (entry.collection !== 'bodies' && entry.collection !== 'instruments') continue;
    const data = entry.data as { mentions?: Partial<Record<Lang, string[]>> } | null;
    for (const lang of ['en', 'km'] as const) {
      for (const text of data?.mentions?.[lang] ?? []) {
        const href = entry.collection === 'bodies' ? routes.body(lang, entry.id) : routes.instrument(lang, entry.id);
        mentions.push({ text, lang, href });
      }
    }
  }
  return mentions;
}

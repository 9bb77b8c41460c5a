import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/locales.ts';

/** "1 obligation" / "12 obligations", in the reader's language and numerals. */
export function obligationCount(lang: Lang, count: number): string {
  return count === 1 ? t(lang, 'bodies.oneObligation') : t(lang, 'bodies.obligationsCount', { count });
}

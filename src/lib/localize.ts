import type { LocalizedText } from '../schemas/common.ts';
import type { Lang } from '../i18n/locales.ts';

/** The text in the reader's language. */
export function pick(text: LocalizedText, lang: Lang): string {
  return lang === 'km' ? text.km : text.en;
}

/** True when what a reader sees in this language is our own unofficial translation. */
export function isUnofficial(text: LocalizedText, lang: Lang): boolean {
  return lang === 'km' && text.kmStatus === 'unofficial';
}

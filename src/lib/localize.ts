import type { LocalizedText } from '../schemas/common.ts';
import { translatedLang, type Lang } from '../i18n/locales.ts';

/** The text in the reader's language. */
export function pick(text: LocalizedText, lang: Lang): string {
  return text[lang];
}

/** True when what a reader sees in this language is our own unofficial translation. */
export function isUnofficial(text: LocalizedText, lang: Lang): boolean {
  return lang === translatedLang && text.kmStatus === 'unofficial';
}

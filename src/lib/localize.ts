import type { DocumentText, LocalizedText } from '../schemas/common.ts';
import { translatedLang, type Lang } from '../i18n/locales.ts';

/**
 * The text in the reader's language. A document's header text has no English when the document has no
 * English text (a Khmer original nobody translated): then its Khmer, as printed. Pages that show it say
 * that no English text exists and mark it `lang="km"` (textIn, TextNotice), never in silence.
 */
export function pick(text: LocalizedText | DocumentText, lang: Lang): string {
  return text[lang] ?? text.km;
}

/** A document's header text in the reader's language where it has one, else in Khmer, with the language it is in. */
export function textIn(text: LocalizedText | DocumentText, lang: Lang): { text: string; lang: Lang } {
  const shown = text[lang];
  return shown === undefined ? { text: text.km, lang: 'km' } : { text: shown, lang };
}

/** True when what a reader sees in this language is our own unofficial translation. */
export function isUnofficial(text: LocalizedText, lang: Lang): boolean {
  return lang === translatedLang && text.kmStatus === 'unofficial';
}

import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/locales.ts';
import type { DirectiveData } from '../schemas/directive.ts';
import type { TextStatusData } from '../schemas/text-status.ts';
import { byId, type Atlas } from './atlas.ts';
import { formatDate } from './khmer.ts';
import { pick } from './localize.ts';

/**
 * What a reader is reading: each text of a document has its own status (src/schemas/text-status.ts),
 * and every notice, label, citation and structured-data claim about a text comes from here, never from
 * the page's language alone.
 */

/** The status of a directive's text in one language; undefined when it has no text in that language. */
export function textStatusOf(atlas: Atlas, directiveId: string, lang: Lang): TextStatusData | undefined {
  return byId(atlas.directives, directiveId).data.texts[lang];
}

/** True when the text in `lang` is a translation: ours, official or published by someone else. */
export function isTranslation(status: TextStatusData | undefined): boolean {
  return status?.status === 'ours' || status?.status === 'official-translation' || status?.status === 'published-translation';
}

/** The language a translation is made from: ours says so; an official or published one is of the document's own text. */
export function translatedFrom(atlas: Atlas, directiveId: string, lang: Lang): Lang | undefined {
  const status = textStatusOf(atlas, directiveId, lang);
  if (status?.status === 'ours') return status.translatedFrom;
  if (!isTranslation(status)) return undefined;
  const texts = byId(atlas.directives, directiveId).data.texts;
  return (Object.keys(texts) as Lang[]).find((other) => other !== lang && texts[other] && !isTranslation(texts[other]));
}

type Texts = DirectiveData['texts'];
/** The languages a document has a text in. */
export const languagesOf = (texts: Texts): Lang[] => (Object.keys(texts) as Lang[]).filter((lang) => texts[lang]);

/** The language of the document's own text: the one it was issued in, or the one we hold (never a translation). */
export function ownTextLang(texts: Texts): Lang {
  const present = languagesOf(texts);
  return present.find((lang) => !isTranslation(texts[lang])) ?? present[0]!;
}

/**
 * The language of the text a reader of `reader` is shown: their own where the document has a text in it,
 * else the document's own text (a Khmer original nobody translated, on its English pages), which those
 * pages mark `lang="km"` under a notice that no English text exists (textNotice).
 */
export function shownTextLang(atlas: Atlas, directiveId: string, reader: Lang): Lang {
  const texts = byId(atlas.directives, directiveId).data.texts;
  return texts[reader] ? reader : ownTextLang(texts);
}

/**
 * The language of the words obligations quote: the English text where the document has one (the letter's
 * own, or an official or published translation), else its own text. Pure over the data: the rules use it.
 */
export function quotedLang(texts: Texts): Lang {
  return texts.en && texts.en.status !== 'ours' ? 'en' : ownTextLang(texts);
}

/** True when the document has texts in two languages, which the side-by-side reader sets next to each other. */
export function hasTwoTexts(atlas: Atlas, directiveId: string): boolean {
  return languagesOf(byId(atlas.directives, directiveId).data.texts).length > 1;
}

/** The document's own text first (as issued, or held), then its translations: the side-by-side reader's columns. */
export function textLanguagesInOrder(atlas: Atlas, directiveId: string): Lang[] {
  const texts = byId(atlas.directives, directiveId).data.texts;
  const present = languagesOf(texts);
  return [...present.filter((lang) => !isTranslation(texts[lang])), ...present.filter((lang) => isTranslation(texts[lang]))];
}

const languageName = (reader: Lang, lang: Lang) => t(reader, `language.${lang}`);

/** Who published an official or published translation, or an original, in the reader's language. */
function publisherName(atlas: Atlas, reader: Lang, status: TextStatusData): string | undefined {
  if (status.status === 'official-translation') return pick(byId(atlas.bodies, status.by.id).data.name, reader);
  if (status.status === 'original') return pick(byId(atlas.bodies, status.publisher.id).data.name, reader);
  if (status.status === 'published-translation') return status.publisher;
  return undefined;
}

/** A text's status in a few words, for the column it heads and the Cite box: "Our unofficial Khmer translation". */
export function textLabel(atlas: Atlas, reader: Lang, directiveId: string, lang: Lang): string {
  const status = textStatusOf(atlas, directiveId, lang);
  const language = languageName(reader, lang);
  switch (status?.status) {
    case 'ours':
      return t(reader, 'text.ours', { language });
    case 'official-translation':
      return t(reader, 'text.official', { language, by: publisherName(atlas, reader, status) ?? '' });
    case 'published-translation':
      return t(reader, 'text.published', { language, publisher: status.publisher });
    case 'original':
      return t(reader, 'text.original', { language });
    case 'held':
      return t(reader, 'text.held', { language });
    default:
      return t(reader, 'text.none', { language });
  }
}

/** The notice above a text: what it is, where it is from, and the text it was made from. */
export type TextNotice =
  | { kind: 'ours'; from: Lang; fromLanguage: string }
  | { kind: 'official' | 'published'; from: Lang; fromLanguage: string; publisher: string; url: string; date?: string; dateText?: string }
  | { kind: 'original'; publisher: string; url: string; date?: string; dateText?: string }
  /** No text in the reader's language: the page shows the document's own text, in `shown`. */
  | { kind: 'none'; language: string; shown: Lang; shownLanguage: string };

/** The notice the page of a directive's text in `lang` shows; none for a text the project holds as it is. */
export function textNotice(atlas: Atlas, directiveId: string, lang: Lang): TextNotice | undefined {
  const status = textStatusOf(atlas, directiveId, lang);
  if (!status) {
    const shown = shownTextLang(atlas, directiveId, lang);
    return { kind: 'none', language: languageName(lang, lang), shown, shownLanguage: languageName(lang, shown) };
  }
  if (status.status === 'held') return undefined;
  const dated = (date: string | undefined) => (date ? { date, dateText: formatDate(lang, date) } : {});
  if (status.status === 'original') return { kind: 'original', publisher: publisherName(atlas, lang, status) ?? '', url: status.url, ...dated(status.date) };
  const from = translatedFrom(atlas, directiveId, lang);
  // The rules (src/validation/document-rules.ts) refuse a translation of no text we have: never show it without its notice.
  if (!from) throw new Error(`${directiveId}: the ${lang} text is a translation, but of no text the atlas has`);
  const fromLanguage = languageName(lang, from);
  if (status.status === 'ours') return { kind: 'ours', from, fromLanguage };
  return { kind: status.status === 'official-translation' ? 'official' : 'published', from, fromLanguage, publisher: publisherName(atlas, lang, status) ?? '', url: status.url, ...dated(status.date) };
}

/** The Cite box's note on a text: what kind of translation it is; none for the document's own text. */
export function citeNote(atlas: Atlas, directiveId: string, lang: Lang): string | undefined {
  const status = textStatusOf(atlas, directiveId, lang);
  if (!status) return t(lang, 'cite.noText', { language: languageName(lang, lang), shownLanguage: languageName(lang, shownTextLang(atlas, directiveId, lang)) });
  if (status.status === 'ours') return t(lang, 'cite.ours', { language: languageName(lang, lang) });
  return isTranslation(status) ? textLabel(atlas, lang, directiveId, lang) : undefined;
}

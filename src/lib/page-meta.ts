import { langs, localeOf, translatePath, type Lang } from '../i18n/locales.ts';

/** The alternates of a page: the same path in every language, plus x-default to the bilingual landing page. */
export function alternatesOf(path: string, site: URL): { hreflang: string; href: string }[] {
  const links = langs.map((lang) => ({ hreflang: localeOf(lang).tag, href: new URL(translatePath(path, lang), site).href }));
  links.push({ hreflang: 'x-default', href: new URL('/', site).href });
  return links;
}

/** `og:locale` of this page and `og:locale:alternate` of the others. */
export function ogLocales(lang: Lang): { locale: string; alternates: string[] } {
  return { locale: localeOf(lang).ogLocale, alternates: langs.filter((other) => other !== lang).map((other) => localeOf(other).ogLocale) };
}

/**
 * A text cut to what link previews show (Telegram and Facebook cut titles near 60-90 characters and
 * descriptions near 200): whole words, then an ellipsis. Khmer has no spaces between words, so it is
 * cut at a word boundary found by Intl.Segmenter, as the browser breaks lines.
 */
export function fitText(text: string, max: number, lang: string): string {
  if ([...text].length <= max) return text;
  let kept = '';
  for (const { segment } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) {
    if ([...kept].length + [...segment].length > max - 1) break;
    kept += segment;
  }
  return `${kept.trimEnd().replace(/[\s,:;·-]+$/, '')}…`;
}

/** The Telegram share link of a page (no script from Telegram: a plain link to its share page). */
export function telegramShareUrl(url: string, text: string): string {
  return `https://t.me/share/url?url=${encodeURIComponent(url)}&text=${encodeURIComponent(text)}`;
}

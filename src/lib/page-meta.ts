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

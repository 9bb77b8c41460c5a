/** The one locale table: routes, the language switcher, `lang`, `hreflang` and `og:locale` derive from it. */
export interface LocaleInfo {
  /** The route prefix and content language code. */
  code: 'en' | 'km';
  /** BCP 47 tag for `lang` and `hreflang`. */
  tag: string;
  /** The language's own name, for the switcher. */
  label: string;
  /** Text direction. */
  dir: 'ltr' | 'rtl';
  /** OpenGraph locale. */
  ogLocale: string;
  /** Locale for `Intl` formatting (Khmer digits for Khmer pages). */
  intl: string;
}

export const locales = [
  { code: 'en', tag: 'en', label: 'English', dir: 'ltr', ogLocale: 'en_GB', intl: 'en-GB' },
  { code: 'km', tag: 'km', label: 'ខ្មែរ', dir: 'ltr', ogLocale: 'km_KH', intl: 'km-u-nu-khmr' },
] as const satisfies readonly LocaleInfo[];

export type Lang = (typeof locales)[number]['code'];
export const langs: Lang[] = locales.map((locale) => locale.code);

export function localeOf(lang: Lang): LocaleInfo {
  return locales.find((locale) => locale.code === lang) ?? locales[0];
}

/** The other language, for the switcher. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'km' : 'en';
}

/** The same path in another language: `/en/bodies/mptc/` -> `/km/bodies/mptc/`. */
export function translatePath(path: string, to: Lang): string {
  return path.replace(/^\/(en|km)(?=\/|$)/, `/${to}`);
}

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
  /**
   * `source`: the language of the texts we hold (verbatim); `translation`: the language we translate
   * into, whose texts always carry the unofficial-translation notice.
   */
  role: 'source' | 'translation';
}

export const locales = [
  { code: 'en', tag: 'en', label: 'English', dir: 'ltr', ogLocale: 'en_GB', intl: 'en-GB', role: 'source' },
  { code: 'km', tag: 'km', label: 'ខ្មែរ', dir: 'ltr', ogLocale: 'km_KH', intl: 'km-u-nu-khmr', role: 'translation' },
] as const satisfies readonly LocaleInfo[];

export type Lang = (typeof locales)[number]['code'];
export const langs: Lang[] = locales.map((locale) => locale.code);

/** The language of the texts we hold, and the language we translate them into. */
export const sourceLang = locales.find((locale) => locale.role === 'source')?.code ?? 'en';
export const translatedLang = locales.find((locale) => locale.role === 'translation')?.code ?? 'km';

/** The `i18n` block of astro.config.mjs, from this table. */
export const astroI18n = {
  locales: langs,
  defaultLocale: sourceLang,
  routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
};

export function localeOf(lang: Lang): LocaleInfo {
  return locales.find((locale) => locale.code === lang) ?? locales[0];
}

/** The other language, for the switcher. */
export function otherLang(lang: Lang): Lang {
  return lang === sourceLang ? translatedLang : sourceLang;
}

/** The same path in another language: `/en/bodies/mptc/` -> `/km/bodies/mptc/`. */
export function translatePath(path: string, to: Lang): string {
  return path.replace(new RegExp(`^/(${langs.join('|')})(?=/|$)`), `/${to}`);
}

import { langs } from '../i18n/locales.ts';

/** `getStaticPaths` entries for every language times every item; the params are passed as props too. */
export function perLanguage<T, P extends Record<string, string>>(items: readonly T[], params: (item: T) => P) {
  return langs.flatMap((lang) => items.map((item) => ({ params: { lang, ...params(item) }, props: { lang, ...params(item) } })));
}

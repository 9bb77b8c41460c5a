/**
 * Every URL of the site, in one place. Paths are stable: journalists link to them.
 * All paths end with a slash, as the built files are `<path>/index.html`.
 */
export type { Lang } from '../i18n/locales.ts';
import type { Lang } from '../i18n/locales.ts';

export const routes = {
  home: (lang: Lang) => `/${lang}/`,
  about: (lang: Lang) => `/${lang}/about/`,
  search: (lang: Lang) => `/${lang}/search/`,
  directives: (lang: Lang) => `/${lang}/directives/`,
  directive: (lang: Lang, id: string) => `/${lang}/directives/${id}/`,
  recommendation: (lang: Lang, directiveId: string, number: number) => `/${lang}/directives/${directiveId}/recommendations/${number}/`,
  bodies: (lang: Lang) => `/${lang}/bodies/`,
  body: (lang: Lang, id: string) => `/${lang}/bodies/${id}/`,
  references: (lang: Lang) => `/${lang}/references/`,
  reference: (lang: Lang, id: string) => `/${lang}/references/${id}/`,
  themes: (lang: Lang) => `/${lang}/themes/`,
  theme: (lang: Lang, id: string) => `/${lang}/themes/${id}/`,
  instruments: (lang: Lang) => `/${lang}/instruments/`,
  instrument: (lang: Lang, id: string) => `/${lang}/instruments/${id}/`,
  /** Where an obligation is shown: its recommendation's page, or the directive's page for one of its introduction (recommendation 0). */
  obligation: (lang: Lang, directiveId: string, recommendation: number, obligationId: string) =>
    `${recommendation === 0 ? `/${lang}/directives/${directiveId}/` : `/${lang}/directives/${directiveId}/recommendations/${recommendation}/`}#obl-${obligationId.split('/').pop() ?? obligationId}`,
} as const;

/** The open data files (not pages: no language, no trailing slash). */
export const dataFiles = {
  catalogue: '/data/directives.json',
  schema: '/data/schema.json',
  directiveSchema: '/data/directive.schema.json',
  directiveJson: (id: string) => `/data/directives/${id}.json`,
  directiveCsv: (id: string) => `/data/obligations/${id}.csv`,
  directiveAkn: (id: string) => `/data/akn/${id}.xml`,
  /** The atlas the site was built from (shared entries and directives), and each directive's texts and obligations. */
  atlas: '/data/atlas.json',
  atlasPart: (id: string) => `/data/atlas/${id}.json`,
  feed: '/feed.xml',
} as const;

/** Anchor ids inside a directive page; the Akoma Ntoso export uses the same ids as eIds. */
export const anchors = {
  recommendation: (number: number) => `rec-${number}`,
  recommendationParagraph: (number: number, paragraph: number) => `rec-${number}-p${paragraph}`,
  obligation: (obligationId: string) => `obl-${obligationId.split('/').pop() ?? obligationId}`,
  reference: (index: number) => `ref-${index}`,
  intro: 'intro',
  closing: 'closing',
  copyTo: 'copy-to',
  subject: 'subject',
  signature: 'signature',
} as const;

/**
 * Every URL of the site, in one place. Paths are stable: journalists link to them.
 * All paths end with a slash, as the built files are `<path>/index.html`.
 */
export type { Lang } from '../i18n/locales.ts';
import type { Lang } from '../i18n/locales.ts';
import { provisionAnchor, provisionFolder, provisionParagraphAnchor, provisionSentenceAnchor, recommendationRef, type ProvisionRef } from './provisions.ts';

export const routes = {
  home: (lang: Lang) => `/${lang}/`,
  about: (lang: Lang) => `/${lang}/about/`,
  search: (lang: Lang) => `/${lang}/search/`,
  directives: (lang: Lang) => `/${lang}/directives/`,
  directive: (lang: Lang, id: string) => `/${lang}/directives/${id}/`,
  /** A provision's page: `recommendations/8/` of a letter, `articles/5/` of a sub-decree, `points/3/` of a circular. */
  provision: (lang: Lang, directiveId: string, ref: ProvisionRef) => `/${lang}/directives/${directiveId}/${provisionFolder(ref.unit)}/${ref.number}/`,
  /** A letter's recommendation page (the provision of letter No. 265 SCN.PB). */
  recommendation: (lang: Lang, directiveId: string, number: number): string => routes.provision(lang, directiveId, recommendationRef(number)),
  bodies: (lang: Lang) => `/${lang}/bodies/`,
  body: (lang: Lang, id: string) => `/${lang}/bodies/${id}/`,
  /** Page `n` of a body's obligations: the first is the body page itself, further ones at `page/<n>/`. */
  bodyPage: (lang: Lang, id: string, n: number) => (n === 1 ? `/${lang}/bodies/${id}/` : `/${lang}/bodies/${id}/page/${n}/`),
  /** The obligations of a body's first page in full (its table links here; the tables of further pages link to each obligation's recommendation page). */
  bodyObligations: (lang: Lang, id: string) => `/${lang}/bodies/${id}/obligations/`,
  references: (lang: Lang) => `/${lang}/references/`,
  reference: (lang: Lang, id: string) => `/${lang}/references/${id}/`,
  /** The drafts to review: built only in a preview (dev server, --drafts). */
  review: (lang: Lang) => `/${lang}/review/`,
  themes: (lang: Lang) => `/${lang}/themes/`,
  theme: (lang: Lang, id: string) => `/${lang}/themes/${id}/`,
  instruments: (lang: Lang) => `/${lang}/instruments/`,
  instrument: (lang: Lang, id: string) => `/${lang}/instruments/${id}/`,
  /** Follow-up: every public report, the timeline and the progress of each directive. */
  followUp: (lang: Lang) => `/${lang}/follow-up/`,
  /** How to propose a follow-up report, with the form that writes the entry. */
  proposeReport: (lang: Lang) => `/${lang}/follow-up/propose/`,
  /** Atom feeds of follow-up reports: site-wide, and per body (the reports on the obligations it carries). */
  reportsFeed: () => `/follow-up.xml`,
  bodyReportsFeed: (id: string) => `/bodies/${id}/follow-up.xml`,
  /** The directive's English and Khmer texts aligned sentence by sentence. */
  sideBySide: (lang: Lang, directiveId: string) => `/${lang}/directives/${directiveId}/side-by-side/`,
  /** Where an obligation is shown: its provision's page, or the directive's page for one of its introduction (no provision). */
  obligation: (lang: Lang, directiveId: string, provision: ProvisionRef | undefined, obligationId: string): string =>
    `${provision === undefined ? routes.directive(lang, directiveId) : routes.provision(lang, directiveId, provision)}#${anchors.obligation(obligationId)}`,
  /** A body's open data: its obligations as JSON or CSV, or its Atom feed (`xml`). */
  bodyData: (bodyId: string, format: 'json' | 'csv' | 'xml') => `/data/bodies/${bodyId}.${format}`,
  /** Part `n` of a body's obligations as open data (the obligations of its page `n`). */
  bodyDataPart: (bodyId: string, n: number, format: 'json' | 'csv') => `/data/bodies/${bodyId}/${n}.${format}`,
  /** A body's brief as a PDF file, in one language. */
  brief: (lang: Lang, bodyId: string) => `/briefs/${lang}/${bodyId}.pdf`,
  /** The embeddable list of a body's obligations (a web component). */
  widget: '/widget/obligations.js',
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
  /** A provision, its paragraphs and its stored sentences (src/lib/provisions.ts): `rec-8`, `rec-8-p1`, `rec-8-s2`; `chp_2__art_5`... */
  provision: provisionAnchor,
  provisionParagraph: provisionParagraphAnchor,
  provisionSentence: provisionSentenceAnchor,
  recommendation: (number: number) => provisionAnchor(recommendationRef(number)),
  recommendationParagraph: (number: number, paragraph: number) => provisionParagraphAnchor(recommendationRef(number), paragraph),
  /** A sentence of a recommendation, the same in both languages: `rec-8-s2`. */
  recommendationSentence: (number: number, sentenceId: string) => provisionSentenceAnchor(recommendationRef(number), sentenceId),
  /** A sentence of the letter's introduction or closing, the same in both languages: `intro-s1`. */
  letterSentence: (part: 'intro' | 'closing', sentenceId: string) => `${part}-${sentenceId}`,
  obligation: (obligationId: string) => `obl-${obligationId.split('/').pop() ?? obligationId}`,
  reference: (index: number) => `ref-${index}`,
  intro: 'intro',
  closing: 'closing',
  copyTo: 'copy-to',
  subject: 'subject',
  signature: 'signature',
} as const;

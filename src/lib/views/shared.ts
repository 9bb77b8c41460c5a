import { t } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/locales.ts';
import { byId, obligationPath, obligationNumber, provisionOf, type Atlas, type ObligationEntry } from '../atlas.ts';
import { provisionTitle } from '../provisions.ts';
import type { CitationSubject } from '../citation.ts';
import { directiveName, obligationCitation, provisionWords, unitWords } from '../cite-subjects.ts';
import { partitionByRecency } from '../grouping.ts';
import { localizeDigits } from '../khmer.ts';
import { pick } from '../localize.ts';
import { anchors, routes } from '../routes.ts';
import type { Role } from '../../schemas/obligation.ts';
import type { ReportState } from '../../schemas/report.ts';
import { followUpState } from '../follow-up.ts';
import { formatDate } from '../khmer.ts';
import { quotedLang, textStatusOf } from '../texts.ts';

/**
 * What the components show, resolved from the atlas once per page: names in the page's language and
 * the links to their pages. Components receive these and only render.
 */

/** A named thing and its page. */
export interface Link {
  name: string;
  href: string;
}

export const bodyLink = (atlas: Atlas, lang: Lang, id: string): Link => ({ name: pick(byId(atlas.bodies, id).data.name, lang), href: routes.body(lang, id) });
export const themeLink = (atlas: Atlas, lang: Lang, id: string): Link => ({ name: pick(byId(atlas.themes, id).data.name, lang), href: routes.theme(lang, id) });
export const instrumentLink = (atlas: Atlas, lang: Lang, id: string): Link => ({ name: pick(byId(atlas.instruments, id).data.name, lang), href: routes.instrument(lang, id) });
export const directiveLink = (atlas: Atlas, lang: Lang, id: string): Link => ({ name: directiveName(atlas, lang, id), href: routes.directive(lang, id) });

/** One obligation as a card: its action, the letter's words, who acts in which role, by when, on what. */
export interface ObligationCard {
  id: string;
  anchor: string;
  /** "4.2": recommendation and obligation number, in the page's numerals. */
  number: string;
  recommendation: number;
  /** True for an obligation of the letter's introduction (recommendation 0), shown on the directive's page. */
  fromIntro: boolean;
  /** Where the obligation's words stand: its recommendation's page, or the introduction of the letter. */
  recommendationHref: string;
  /** Its provision's name as a title ("Article 5"), or "Introduction". */
  provisionTitle: string;
  /** "The letter's word", named by its document's kind. */
  modalityLabel: string;
  /** Where it is in its document's text: "In the letter: recommendation 3". */
  inText: string;
  kind: ObligationEntry['data']['kind'];
  modality: ObligationEntry['data']['modality'];
  action: string;
  /** The verbatim words of the document: its English text where it has one, else its own (Khmer). */
  quote: string;
  /** The language of `quote`. */
  quoteLang: Lang;
  /** Where the document has no text in the page's language: a note that the summary above is ours. */
  summaryNote: string | undefined;
  /** What those words are, in the page's language: the letter's own, or an official or published translation's. */
  quoteLabel: string;
  actors: (Link & { role: Role; asWritten: string | undefined; implicit: boolean })[];
  /** The collective through which the page's body carries it, when it does. */
  via: Link | undefined;
  /** The deadline as written (its Khmer translation on Khmer pages), when the text gives one. */
  deadline: string | undefined;
  /** The language of `deadline`: on English pages, that of the words quoted (Khmer for a document with no English text). */
  deadlineLang: Lang;
  concerns: Link[];
  /** Bodies the sentence cites as grounds (e.g. the WHO), with no part in the action. */
  cites: Link[];
  themes: Link[];
  instruments: Link[];
  status: ObligationEntry['data']['status'];
  /** What public sources report (newest first), or the date of the last search that found none. */
  followUp: CardFollowUp;
  /** The obligation's stable permalink (a path): its anchor on its recommendation's page. */
  permalink: string;
  /** Its own citation (text, BibTeX, CSL-JSON), when the view is given the site's address to cite. */
  citation: CitationSubject | undefined;
}

/** An obligation's public follow-up on its card: "reported by <publisher> on <date>", or none found as of a date. */
export interface CardFollowUp {
  reports: { publisher: string; publisherLang: string; url: string; published: string; date: string; state: ReportState }[];
  /** When no report was found: the date of the last search (ISO and as the reader writes it). */
  lastChecked: { iso: string; date: string } | undefined;
}

export function cardFollowUp(atlas: Atlas, lang: Lang, obligation: ObligationEntry): CardFollowUp {
  const state = followUpState(atlas, obligation);
  if (state.kind === 'reported') {
    return {
      reports: state.reports.map((report) => ({
        publisher: report.data.publisher,
        publisherLang: /[\u1780-\u17ff]/.test(report.data.publisher) ? 'km' : 'en',
        url: report.data.url,
        published: report.data.published,
        date: formatDate(lang, report.data.published),
        state: report.data.state,
      })),
      lastChecked: undefined,
    };
  }
  return { reports: [], lastChecked: state.lastChecked ? { iso: state.lastChecked, date: formatDate(lang, state.lastChecked) } : undefined };
}

/** What the words an obligation quotes are: the English text we hold, an English translation (whose), or the text as issued. */
function quoteLabel(atlas: Atlas, lang: Lang, directiveId: string): string {
  const quoted = quotedLang(byId(atlas.directives, directiveId).data.texts);
  if (quoted !== 'en') return t(lang, 'obl.quoteIn', { ...unitWords(atlas, lang, directiveId), language: t(lang, `language.${quoted}`) });
  const english = textStatusOf(atlas, directiveId, 'en');
  if (english?.status === 'official-translation') return t(lang, 'obl.quoteOfficial');
  if (english?.status === 'published-translation') return t(lang, 'obl.quotePublished', { publisher: english.publisher });
  return t(lang, lang === 'en' ? 'obl.quote' : 'obl.quoteShow', unitWords(atlas, lang, directiveId));
}

/**
 * An obligation's deadline as a page in `lang` shows it, with its language: the document's words on English
 * pages (in the language its obligations quote), our Khmer translation on Khmer pages.
 */
export function deadlineIn(atlas: Atlas, lang: Lang, obligation: ObligationEntry): { deadline: string | undefined; deadlineLang: Lang } {
  const deadline = obligation.data.deadline;
  if (lang !== 'en') return { deadline: deadline?.km, deadlineLang: lang };
  return { deadline: deadline?.text, deadlineLang: quotedLang(byId(atlas.directives, obligation.data.directive.id).data.texts) };
}

export function obligationCard(atlas: Atlas, lang: Lang, obligation: ObligationEntry, via?: string, site?: URL): ObligationCard {
  const data = obligation.data;
  const provision = provisionOf(atlas, data.directive.id, data.recommendation);
  return {
    id: obligation.id,
    anchor: anchors.obligation(obligation.id),
    number: localizeDigits(lang, `${data.recommendation}.${obligationNumber(obligation.id)}`),
    recommendation: data.recommendation,
    fromIntro: data.recommendation === 0,
    recommendationHref: provision === undefined ? `${routes.directive(lang, data.directive.id)}#${anchors.intro}` : routes.provision(lang, data.directive.id, provision),
    provisionTitle: provision === undefined ? t(lang, 'directive.introPart') : provisionTitle(lang, provision),
    inText:
      provision === undefined ? t(lang, 'obl.inLetterIntro', unitWords(atlas, lang, data.directive.id)) : t(lang, 'obl.inLetter', provisionWords(atlas, lang, data.directive.id, data.recommendation)),
    kind: data.kind,
    modality: data.modality,
    modalityLabel: t(lang, 'obl.modality', unitWords(atlas, lang, data.directive.id)),
    action: pick(data.action, lang),
    quote: data.quote,
    quoteLang: quotedLang(byId(atlas.directives, data.directive.id).data.texts),
    quoteLabel: quoteLabel(atlas, lang, data.directive.id),
    summaryNote: textStatusOf(atlas, data.directive.id, lang) ? undefined : t(lang, 'obl.summaryOurs', { ...unitWords(atlas, lang, data.directive.id), language: t(lang, `language.${lang}`) }),
    actors: data.actors.map((actor) => ({ ...bodyLink(atlas, lang, actor.body.id), role: actor.role, asWritten: actor.asWritten, implicit: actor.implicit })),
    via: via === undefined ? undefined : bodyLink(atlas, lang, via),
    ...deadlineIn(atlas, lang, obligation),
    concerns: data.concerns.map((body) => bodyLink(atlas, lang, body.id)),
    cites: data.cites.map((body) => bodyLink(atlas, lang, body.id)),
    themes: data.themes.map((theme) => themeLink(atlas, lang, theme.id)),
    instruments: data.instruments.map((instrument) => instrumentLink(atlas, lang, instrument.id)),
    status: data.status,
    followUp: cardFollowUp(atlas, lang, obligation),
    permalink: obligationPath(atlas, lang, obligation),
    citation: site ? obligationCitation(atlas, lang, obligation.id, site) : undefined,
  };
}

/** A line for an older directive on a long list: its name, date and how many obligations it has here. */
export interface OlderDirectiveLine extends Link {
  date: string;
  count: number;
}

/** Obligations on a body, theme or instrument page: the newest directives in full, one line per older one. */
export interface ObligationList {
  total: number;
  cards: ObligationCard[];
  older: OlderDirectiveLine[];
  /** How many older directives are not listed (the list keeps the newest `MAX_OLDER_LINES`). */
  olderMore: number;
}

/** How many one-line summaries of older directives a list shows at most: a page stays bounded. */
export const MAX_OLDER_LINES = 30;

export function obligationList(atlas: Atlas, lang: Lang, items: readonly { obligation: ObligationEntry; via?: string | undefined }[], site?: URL): ObligationList {
  const { recent, older } = partitionByRecency(atlas, items);
  return {
    total: items.length,
    cards: recent.map((item) => obligationCard(atlas, lang, item.obligation, item.via, site)),
    older: older.slice(0, MAX_OLDER_LINES).map((line) => ({ ...directiveLink(atlas, lang, line.directiveId), date: line.date, count: line.count })),
    olderMore: Math.max(0, older.length - MAX_OLDER_LINES),
  };
}

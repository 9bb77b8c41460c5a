import { t } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/locales.ts';
import { reportStates, type ReportState } from '../../schemas/report.ts';
import { byId, obligationPath, obligationNumber, obligationsOf, provisionPagePath, type Atlas, type ObligationEntry, type ReportEntry } from '../atlas.ts';
import { directiveName, provisionName, unitWords } from '../cite-subjects.ts';
import { followUpTimeline, lastChecked, progressOf, reportsOfObligations, type Progress } from '../follow-up.ts';
import { formatDate, localizeDigits } from '../khmer.ts';
import { pick, textIn } from '../localize.ts';
import { plainText } from '../plain-text.ts';
import { dataFiles, routes } from '../routes.ts';

/** One report as pages show it: the source, its date, its words, what it reports and on which obligations. */
export interface ReportLine {
  id: string;
  anchor: string;
  publisher: string;
  /** The language of the publisher's name as written (Khmer script or not), for its lang attribute. */
  publisherLang: string;
  title: string | undefined;
  url: string;
  published: string;
  date: string;
  /** The source's language (a BCP 47 tag, for the quote's lang attribute). */
  language: string;
  quote: string;
  /** Our English translation of a quote in another language. */
  translation: string | undefined;
  /** Our note on what the source does and does not say (English). */
  note: string | undefined;
  state: ReportState;
  obligations: { number: string; action: string; href: string }[];
}

export const reportAnchor = (reportId: string) => `report-${reportId}`;

/** A name written in Khmer script is Khmer; any other name of a source is kept as written, in Latin script (marked English). */
export const nameLang = (name: string) => (/[\u1780-\u17ff]/.test(name) ? 'km' : 'en');

export function reportLine(atlas: Atlas, lang: Lang, report: ReportEntry): ReportLine {
  const data = report.data;
  return {
    id: report.id,
    anchor: reportAnchor(report.id),
    publisher: data.publisher,
    publisherLang: nameLang(data.publisher),
    title: data.title,
    url: data.url,
    published: data.published,
    date: formatDate(lang, data.published),
    language: data.language,
    quote: data.quote,
    translation: data.translation,
    note: data.note,
    state: data.state,
    obligations: data.obligations.map((reference) => {
      const obligation = byId(atlas.obligations, reference.id);
      return {
        number: localizeDigits(lang, `${obligation.data.recommendation}.${obligationNumber(obligation.id)}`),
        action: pick(obligation.data.action, lang),
        href: obligationPath(atlas, lang, obligation),
      };
    }),
  };
}

/** A progress line: how many of these obligations have any public report, and of which kind. */
export interface ProgressView extends Progress {
  states: { state: ReportState; count: number }[];
}

export function progressView(atlas: Atlas, obligations: readonly ObligationEntry[]): ProgressView {
  const progress = progressOf(atlas, obligations);
  return { ...progress, states: reportStates.map((state) => ({ state, count: progress.byState[state] })).filter((entry) => entry.count > 0) };
}

/** The follow-up of a set of obligations (a body's, a recommendation's): progress, then the reports, newest first. */
export interface FollowUpSection {
  progress: ProgressView;
  reports: ReportLine[];
  /** The date public sources were last searched (as the reader writes it), when recorded. */
  lastChecked: string | undefined;
}

export function followUpSection(atlas: Atlas, lang: Lang, obligations: readonly ObligationEntry[]): FollowUpSection {
  const checked = [...new Set(obligations.map((obligation) => lastChecked(atlas, obligation.data.directive.id)).filter((date): date is string => date !== undefined))].sort();
  return {
    progress: progressView(atlas, obligations),
    reports: reportsOfObligations(
      atlas,
      obligations.map((obligation) => obligation.id),
    ).map((report) => reportLine(atlas, lang, report)),
    lastChecked: checked[0] ? formatDate(lang, checked[0]) : undefined,
  };
}

/** Progress of each recommendation of a directive, for the at-a-glance table on the directive's page. */
export function progressByRecommendation(atlas: Atlas, lang: Lang, directiveId: string) {
  const obligations = obligationsOf(atlas, directiveId);
  const numbers = [...new Set(obligations.map((obligation) => obligation.data.recommendation))].sort((a, b) => a - b);
  return numbers.map((number) => ({
    label: provisionName(atlas, lang, directiveId, number),
    href: provisionPagePath(atlas, lang, directiveId, number),
    progress: progressView(
      atlas,
      obligations.filter((obligation) => obligation.data.recommendation === number),
    ),
  }));
}

/** The directive's timeline, each item named and linked in the page's language. */
export interface TimelineLine {
  date: string | undefined;
  /** The date as the reader writes it; undefined when no source states it. */
  dateText: string | undefined;
  kind: 'event' | 'reference' | 'directive' | 'deadline' | 'report';
  name: string;
  /** The language of the name, when it is not the page's (a source's publisher and title). */
  nameLang: string | undefined;
  href: string | undefined;
  /** For a report: what it reports. */
  state: ReportState | undefined;
}

export function timelineView(atlas: Atlas, lang: Lang, directiveId: string): TimelineLine[] {
  const directive = byId(atlas.directives, directiveId);
  return followUpTimeline(atlas, directiveId).map((item) => {
    const base = { date: item.date, dateText: item.date ? formatDate(lang, item.date) : undefined, kind: item.kind, state: undefined, nameLang: undefined };
    switch (item.kind) {
      case 'event':
        // The event as the document writes it: in Khmer, marked so, on the English page of a document with no English text.
        if (!directive.data.event) return { ...base, name: '', href: undefined };
        const shown = textIn(directive.data.event, lang);
        return { ...base, name: plainText(shown.text), nameLang: shown.lang === lang ? undefined : shown.lang, href: undefined };
      case 'reference':
        return { ...base, name: plainText(pick(byId(atlas.references, item.id).data.title, lang)), href: routes.reference(lang, item.id) };
      case 'directive':
        return { ...base, name: directiveName(atlas, lang, item.id), href: routes.directive(lang, item.id) };
      case 'deadline': {
        const obligation = byId(atlas.obligations, item.id);
        return {
          ...base,
          name: t(lang, 'followup.timeline.deadline', {
            number: localizeDigits(lang, `${obligation.data.recommendation}.${obligationNumber(obligation.id)}`),
            action: pick(obligation.data.action, lang),
          }),
          href: obligationPath(atlas, lang, obligation),
        };
      }
      case 'report': {
        const report = byId(atlas.reports, item.id);
        return {
          ...base,
          name: report.data.title ? `${report.data.publisher}: ${report.data.title}` : report.data.publisher,
          href: `${routes.followUp(lang)}#${reportAnchor(report.id)}`,
          state: report.data.state,
          nameLang: report.data.title ? report.data.language : nameLang(report.data.publisher),
        };
      }
    }
  });
}

/** How many directives the site-wide follow-up page shows (the newest); each directive's page has its own follow-up. */
export const FOLLOW_UP_DIRECTIVES = 10;

/**
 * The site-wide follow-up page: timelines, progress by recommendation and reports of the newest
 * `FOLLOW_UP_DIRECTIVES` directives, and of every directive with a report (reports are linked to by their
 * anchor on this page); the follow-up of the others, with nothing reported, is on their own pages.
 */
export function followUpView(atlas: Atlas, lang: Lang) {
  const reported = new Set(atlas.reports.flatMap((report) => report.data.obligations.map((obligation) => byId(atlas.obligations, obligation.id).data.directive.id)));
  const shown = [...atlas.directives].sort((a, b) => b.data.date.localeCompare(a.data.date)).filter((directive, index) => index < FOLLOW_UP_DIRECTIVES || reported.has(directive.id));
  return {
    /** How many older directives, with no report, are not shown (their follow-up is on their own pages). */
    more: atlas.directives.length - shown.length,
    directives: shown.map((directive) => ({
      id: directive.id,
      name: directiveName(atlas, lang, directive.id),
      href: routes.directive(lang, directive.id),
      timeline: timelineView(atlas, lang, directive.id),
      byRecommendation: progressByRecommendation(atlas, lang, directive.id),
      /** The words of its unit and kind, for the headings of its progress and timeline. */
      words: unitWords(atlas, lang, directive.id),
      section: followUpSection(atlas, lang, obligationsOf(atlas, directive.id)),
    })),
  };
}

/** How many directives the "propose a report" page offers to choose from: the newest (each directive's page links to the form for itself). */
export const PROPOSE_DIRECTIVES = 20;

/**
 * The "propose a report" page: the vocabulary and the newest directives a proposer can choose from. The
 * obligations of the chosen directive are loaded from its open data file, so the page does not grow with
 * the corpus; any directive can be chosen through `?directive=<id>` (the link on its page).
 */
export function proposeView(atlas: Atlas, lang: Lang) {
  const newest = [...atlas.directives].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
  return {
    states: reportStates.map((state) => ({ state, label: t(lang, `followup.state.${state}`), help: t(lang, `followup.stateHelp.${state}`) })),
    directives: newest.slice(0, PROPOSE_DIRECTIVES).map((directive) => ({
      id: directive.id,
      label: `${directiveName(atlas, lang, directive.id)} (${formatDate(lang, directive.data.date)})`,
      data: dataFiles.directiveJson(directive.id),
    })),
    /** How many older directives are not in the list. */
    more: Math.max(0, newest.length - PROPOSE_DIRECTIVES),
    /** An example obligation id, for the template of the page without JavaScript. */
    example: obligationsOf(atlas, newest[0]?.id ?? '')[0]?.id ?? '<directive>/r01-o1',
  };
}

import { t } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/locales.ts';
import { reportStates, type ReportState } from '../../schemas/report.ts';
import { byId, obligationNumber, obligationsOf, type Atlas, type ObligationEntry, type ReportEntry } from '../atlas.ts';
import { directiveName } from '../cite-subjects.ts';
import { followUpTimeline, lastChecked, progressOf, reportsOfObligations, type Progress } from '../follow-up.ts';
import { formatDate, localizeDigits } from '../khmer.ts';
import { pick } from '../localize.ts';
import { plainText } from '../plain-text.ts';
import { routes } from '../routes.ts';

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
        href: routes.obligation(lang, obligation.data.directive.id, obligation.data.recommendation, obligation.id),
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
    label: number === 0 ? t(lang, 'directive.introPart') : t(lang, 'rec.title', { number }),
    href: number === 0 ? routes.directive(lang, directiveId) : routes.recommendation(lang, directiveId, number),
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
        return { ...base, name: plainText(pick(directive.data.event, lang)), href: undefined };
      case 'reference':
        return { ...base, name: plainText(pick(byId(atlas.references, item.id).data.title, lang)), href: routes.reference(lang, item.id) };
      case 'directive':
        return { ...base, name: directiveName(atlas, lang, directiveId), href: routes.directive(lang, directiveId) };
      case 'deadline': {
        const obligation = byId(atlas.obligations, item.id);
        return {
          ...base,
          name: t(lang, 'followup.timeline.deadline', {
            number: localizeDigits(lang, `${obligation.data.recommendation}.${obligationNumber(obligation.id)}`),
            action: pick(obligation.data.action, lang),
          }),
          href: routes.obligation(lang, directiveId, obligation.data.recommendation, obligation.id),
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

/** The site-wide follow-up page: every directive's timeline and progress by recommendation, and every report. */
export function followUpView(atlas: Atlas, lang: Lang) {
  return {
    directives: [...atlas.directives]
      .sort((a, b) => b.data.date.localeCompare(a.data.date))
      .map((directive) => ({
        id: directive.id,
        name: directiveName(atlas, lang, directive.id),
        href: routes.directive(lang, directive.id),
        timeline: timelineView(atlas, lang, directive.id),
        byRecommendation: progressByRecommendation(atlas, lang, directive.id),
        section: followUpSection(atlas, lang, obligationsOf(atlas, directive.id)),
      })),
  };
}

/** The "propose a report" page: the vocabulary and the obligations a proposer can choose from. */
export function proposeView(atlas: Atlas, lang: Lang) {
  return {
    states: reportStates.map((state) => ({ state, label: t(lang, `followup.state.${state}`), help: t(lang, `followup.stateHelp.${state}`) })),
    obligations: atlas.directives.flatMap((directive) =>
      obligationsOf(atlas, directive.id).map((obligation) => ({
        id: obligation.id,
        label: `${localizeDigits(lang, `${obligation.data.recommendation}.${obligationNumber(obligation.id)}`)} ${pick(obligation.data.action, lang)}`,
      })),
    ),
  };
}

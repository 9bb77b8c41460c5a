import type { ReportState } from '../schemas/report.ts';
import { reportStates } from '../schemas/report.ts';
import { byId, obligationsOf, type Atlas, type ObligationEntry, type ReportEntry } from './atlas.ts';
import { documentTimeline } from './documents.ts';

/**
 * The public follow-up record, derived from src/content/reports/: which sources report what on which
 * obligation. What a source reports is its own word (`state`), never our assessment; an obligation
 * with no report is "no public report found" as of the date the directive was last checked.
 */

/** Newest publication first; a month-only date sorts as its month; then by file id, so the order is stable. */
export function compareReports(a: ReportEntry, b: ReportEntry): number {
  return b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id);
}

const byObligation = new WeakMap<readonly ReportEntry[], Map<string, ReportEntry[]>>();

/** The reports that speak to an obligation, newest first. */
export function reportsOfObligation(atlas: Atlas, obligationId: string): ReportEntry[] {
  let index = byObligation.get(atlas.reports);
  if (!index) {
    index = new Map();
    for (const report of [...atlas.reports].sort(compareReports)) {
      for (const obligation of report.data.obligations) {
        const list = index.get(obligation.id);
        if (list) list.push(report);
        else index.set(obligation.id, [report]);
      }
    }
    byObligation.set(atlas.reports, index);
  }
  return index.get(obligationId) ?? [];
}

/** The reports that speak to any of these obligations, each once, newest first. */
export function reportsOfObligations(atlas: Atlas, obligationIds: Iterable<string>): ReportEntry[] {
  const found = new Map<string, ReportEntry>();
  for (const id of obligationIds) for (const report of reportsOfObligation(atlas, id)) found.set(report.id, report);
  return [...found.values()].sort(compareReports);
}

/** The date public sources were last searched for reports on a directive's obligations, when recorded. */
export function lastChecked(atlas: Atlas, directiveId: string): string | undefined {
  return byId(atlas.directives, directiveId).data.followUp?.lastChecked;
}

/** An obligation's follow-up: its reports (newest first), or none with the date of the last search. */
export type FollowUpState = { kind: 'reported'; reports: ReportEntry[] } | { kind: 'none'; lastChecked: string | undefined };

export function followUpState(atlas: Atlas, obligation: ObligationEntry): FollowUpState {
  const reports = reportsOfObligation(atlas, obligation.id);
  return reports.length > 0 ? { kind: 'reported', reports } : { kind: 'none', lastChecked: lastChecked(atlas, obligation.data.directive.id) };
}

/** How many obligations have any public report, and how many have a report of each state word. */
export interface Progress {
  total: number;
  reported: number;
  byState: Record<ReportState, number>;
}

export function progressOf(atlas: Atlas, obligations: readonly ObligationEntry[]): Progress {
  const byState = Object.fromEntries(reportStates.map((state) => [state, 0])) as Record<ReportState, number>;
  let reported = 0;
  for (const obligation of obligations) {
    const reports = reportsOfObligation(atlas, obligation.id);
    if (reports.length > 0) reported += 1;
    for (const state of new Set(reports.map((report) => report.data.state))) byState[state] += 1;
  }
  return { total: obligations.length, reported, byState };
}

/** A dated item on a directive's follow-up timeline. `date` is undefined when no source states one. */
export interface FollowUpTimelineItem {
  date: string | undefined;
  kind: 'event' | 'reference' | 'directive' | 'deadline' | 'report';
  /** The entry's id: the directive for the event, a reference, an obligation for a deadline, a report. */
  id: string;
}

/**
 * The directive's story in order: the event whose recommendations it transmits (the letter gives it no
 * date, so it stands first, undated), the documents it cites and the directive itself, the deadlines the
 * text states as dates, then the reports that speak to its obligations, by publication date.
 */
export function followUpTimeline(atlas: Atlas, directiveId: string): FollowUpTimelineItem[] {
  const obligations = obligationsOf(atlas, directiveId);
  const dated: FollowUpTimelineItem[] = [
    ...documentTimeline(atlas, directiveId),
    ...obligations.flatMap((obligation) => (obligation.data.deadline?.iso ? [{ date: obligation.data.deadline.iso, kind: 'deadline' as const, id: obligation.id }] : [])),
    ...reportsOfObligations(
      atlas,
      obligations.map((obligation) => obligation.id),
    ).map((report) => ({ date: report.data.published, kind: 'report' as const, id: report.id })),
  ];
  const order: FollowUpTimelineItem['kind'][] = ['event', 'reference', 'directive', 'deadline', 'report'];
  dated.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || order.indexOf(a.kind) - order.indexOf(b.kind) || a.id.localeCompare(b.id));
  // A letter that transmits an event's recommendations starts with that event; a sub-decree has none.
  return [...(byId(atlas.directives, directiveId).data.event ? [{ date: undefined, kind: 'event' as const, id: directiveId }] : []), ...dated];
}

import type { Lang } from '../../i18n/locales.ts';
import type { ImportReport, ReportItem } from '../../schemas/import-report.ts';
import type { Atlas, AtlasEntry } from '../atlas.ts';
import { anchors, routes } from '../routes.ts';
import { draftEntries } from '../../validation/review-rules.ts';

/**
 * The review page of a preview: every draft entry, grouped by the import that wrote it, with the
 * importer's proposals and reasons for its file, and a link to where the entry shows.
 */
export interface ReviewEntry {
  collection: string;
  file: string;
  href?: string | undefined;
  items: ReportItem[];
}

export interface ReviewGroup {
  id: string;
  report?: ImportReport | undefined;
  entries: ReviewEntry[];
}

function hrefOf(lang: Lang, collection: keyof Atlas, entry: AtlasEntry): string | undefined {
  const data = entry.data as { directive?: { id: string } };
  switch (collection) {
    case 'directives':
      return routes.directive(lang, entry.id);
    case 'bodies':
      return routes.body(lang, entry.id);
    case 'references':
      return routes.reference(lang, entry.id);
    case 'obligations':
      return data.directive ? `${routes.directive(lang, data.directive.id)}#${anchors.obligation(entry.id)}` : undefined;
    default:
      return data.directive ? routes.directive(lang, data.directive.id) : undefined;
  }
}

export function reviewView(atlas: Atlas, lang: Lang, reports: ImportReport[]): { groups: ReviewGroup[]; count: number } {
  const byFile = new Map<string, { report: ImportReport; items: ReportItem[] }>();
  for (const report of reports) {
    for (const item of report.proposed) {
      const found = byFile.get(item.file) ?? { report, items: [] };
      found.items.push(item);
      byFile.set(item.file, found);
    }
  }
  const groups = new Map<string, ReviewGroup>();
  const drafts = draftEntries(atlas);
  for (const { collection, entry } of drafts) {
    const file = entry.filePath ?? entry.id;
    const known = byFile.get(file);
    const groupId = known?.report.id ?? (entry.data as { directive?: { id: string } }).directive?.id ?? entry.id;
    const group: ReviewGroup = groups.get(groupId) ?? { id: groupId, report: known?.report ?? reports.find((report) => report.id === groupId), entries: [] };
    group.entries.push({ collection, file, href: hrefOf(lang, collection, entry), items: known?.items ?? [] });
    groups.set(groupId, group);
  }
  return { groups: [...groups.values()], count: drafts.length };
}

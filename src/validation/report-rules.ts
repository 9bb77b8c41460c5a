import type { Atlas } from '../lib/atlas.ts';
import { reportStates } from '../schemas/report.ts';

/**
 * The rules of the follow-up record (src/content/reports/), as pure functions over the atlas. The
 * schema already refuses a report without an address, a quote or a known state word; these rules
 * say it again in the build's own words (so a report is refused even where a schema was bypassed),
 * and check what one file cannot know: the date of the build and of the directives reported on.
 */

/** One problem, naming the content file and the field (the shape of atlas-rules.ts). */
export interface ReportProblem {
  file: string;
  field: string;
  message: string;
}

/** The earliest day a stated date (YYYY-MM-DD or YYYY-MM) can mean, and the latest. */
const firstDay = (date: string) => (date.length === 7 ? `${date}-01` : date);
const lastDay = (date: string) => (date.length === 7 ? `${date}-31` : date);

/**
 * Every report: a source address (https), the exact words, a state word of the vocabulary, known
 * obligations, a publication date neither after the build (`today`) nor before the directive it
 * reports on, and a reading date neither after the build nor before the publication.
 */
export function checkReports(atlas: Atlas, today: string, problems: { file: string; field?: string; message: string }[]): void {
  const obligations = new Map(atlas.obligations.map((obligation) => [obligation.id, obligation]));
  const directiveDates = new Map(atlas.directives.map((directive) => [directive.id, directive.data.date]));
  for (const report of atlas.reports) {
    const file = report.filePath ?? report.id;
    const data = report.data as Partial<typeof report.data>;
    const push = (field: string, message: string) => problems.push({ file, field, message } satisfies ReportProblem);
    if (typeof data.url !== 'string' || !/^https:\/\/[^\s/]+\.[^\s]+$/.test(data.url)) push('url', 'must be the https address of the source: a report without its source cannot be checked');
    if (typeof data.quote !== 'string' || data.quote.trim().length === 0) push('quote', 'must give the exact words of the source: a report without its quote cannot be checked');
    if (!(reportStates as readonly string[]).includes(String(data.state))) push('state', `"${String(data.state)}" is not a state word; use one of ${reportStates.join(', ')}`);
    const published = typeof data.published === 'string' ? data.published : undefined;
    if (published && firstDay(published) > today) push('published', `${published} is after the date of this build (${today}): a report cannot come from the future`);
    if (typeof data.retrieved === 'string') {
      if (data.retrieved > today) push('retrieved', `${data.retrieved} is after the date of this build (${today})`);
      if (published && data.retrieved < firstDay(published)) push('retrieved', `${data.retrieved} is before the source was published (${published})`);
    }
    (data.obligations ?? []).forEach((reference, index) => {
      const obligation = obligations.get(reference.id);
      if (!obligation) {
        push(`obligations[${index}]`, `unknown obligation "${reference.id}"`);
        return;
      }
      const directiveDate = directiveDates.get(obligation.data.directive.id);
      if (published && directiveDate && lastDay(published) < directiveDate) {
        push('published', `${published} is before the directive it reports on (${obligation.data.directive.id}, ${directiveDate}): follow-up comes after the letter`);
      }
    });
  }
}

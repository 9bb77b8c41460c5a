import { byId, obligationPath, type Atlas, type ReportEntry } from './atlas.ts';
import { reportAnchor } from './views/follow-up.ts';
import { escapeHtml } from './inline-markup.ts';
import { pick } from './localize.ts';
import { plainText } from './plain-text.ts';
import { routes } from './routes.ts';
import { directiveName } from './cite-subjects.ts';
import { shownTextLang } from './texts.ts';

/** robots.txt: everything may be indexed; the sitemap says where the pages are. */
export function robotsTxt(site: URL): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`;
}

/** How many entries the directives' feed keeps: the newest (a feed reader polls it; the catalogue lists every directive). */
export const FEED_ENTRIES = 50;

/**
 * An Atom feed of the newest `FEED_ENTRIES` directives, newest first. `updated` is the newest directive's
 * date, so the feed only changes when the content does.
 */
export function atomFeed(atlas: Atlas, site: URL): string {
  const directives = [...atlas.directives].sort((a, b) => b.data.date.localeCompare(a.data.date)).slice(0, FEED_ENTRIES);
  const updated = `${directives[0]?.data.date ?? '1970-01-01'}T00:00:00Z`;
  const entries = directives
    .map((directive) => {
      const issuer = byId(atlas.bodies, directive.data.issuer.id).data.name;
      const href = new URL(routes.directive('en', directive.id), site).href;
      // A document with no English text: its summary is its Khmer subject, marked so.
      const subjectLang = shownTextLang(atlas, directive.id, 'en');
      return `  <entry>
    <id>${escapeHtml(href)}</id>
    <title>${escapeHtml(`${issuer.en}, ${directiveName(atlas, 'en', directive.id)}`)}</title>
    <link rel="alternate" hreflang="en" href="${escapeHtml(href)}"/>
    <link rel="alternate" hreflang="km" href="${escapeHtml(new URL(routes.directive('km', directive.id), site).href)}"/>
    <published>${directive.data.date}T00:00:00Z</published>
    <updated>${directive.data.date}T00:00:00Z</updated>
    <author><name>${escapeHtml(issuer.en)}</name></author>
    <summary${subjectLang === 'en' ? '' : ` xml:lang="${subjectLang}"`}>${escapeHtml(plainText(pick(directive.data.subject, subjectLang)))}</summary>
  </entry>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>${escapeHtml(new URL('/feed.xml', site).href)}</id>
  <title>Directive Atlas: directives</title>
  <link rel="self" href="${escapeHtml(new URL('/feed.xml', site).href)}"/>
  <link rel="alternate" href="${escapeHtml(new URL('/en/', site).href)}"/>
  <updated>${updated}</updated>
${entries}
</feed>
`;
}

/** A date-time for Atom: a full date at midnight UTC; a month-only date has none (Atom needs a day). */
const atomDateTime = (date: string) => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : undefined);

/**
 * An Atom feed of follow-up reports (RFC 4287), newest publication first: site-wide, or the reports on
 * the obligations a body carries. An entry's `updated` is the day we recorded the report (`retrieved`),
 * so a reader sees a report when it is added; `published` is the source's own date when it gives a day.
 */
export function reportsAtomFeed(atlas: Atlas, site: URL, options: { reports: readonly ReportEntry[]; path: string; title: string; fallbackUpdated: string }): string {
  const href = (path: string) => escapeHtml(new URL(path, site).href);
  const newest =
    options.reports
      .map((report) => report.data.retrieved)
      .sort()
      .at(-1) ?? options.fallbackUpdated;
  const entries = options.reports
    .map((report) => {
      const data = report.data;
      const published = atomDateTime(data.published);
      const obligations = data.obligations.map((reference) => {
        const obligation = byId(atlas.obligations, reference.id);
        return { id: reference.id.split('/').pop() ?? reference.id, href: obligationPath(atlas, 'en', obligation) };
      });
      return `  <entry>
    <id>${href(`${routes.followUp('en')}#${reportAnchor(report.id)}`)}</id>
    <title>${escapeHtml(`${data.publisher}, ${data.published}: ${data.state.replace('-', ' ')}${data.title ? ` (${data.title})` : ''}`)}</title>
    <link rel="alternate" href="${escapeHtml(data.url)}"/>
    <link rel="related" hreflang="en" href="${href(`${routes.followUp('en')}#${reportAnchor(report.id)}`)}"/>
${obligations.map((obligation) => `    <link rel="related" href="${href(obligation.href)}" title="${escapeHtml(obligation.id)}"/>`).join('\n')}
${published ? `    <published>${published}</published>\n` : ''}    <updated>${data.retrieved}T00:00:00Z</updated>
    <category term="${data.state}" scheme="${href(routes.followUp('en'))}"/>
    <content type="text" xml:lang="${data.language}">${escapeHtml(data.quote)}</content>
  </entry>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>${href(options.path)}</id>
  <title>${escapeHtml(options.title)}</title>
  <subtitle>What public sources report has been done on the obligations, in their own words; not our assessment.</subtitle>
  <link rel="self" type="application/atom+xml" href="${href(options.path)}"/>
  <link rel="alternate" type="text/html" href="${href(routes.followUp('en'))}"/>
  <author><name>Directive Atlas</name></author>
  <updated>${newest}T00:00:00Z</updated>
${entries}
</feed>
`;
}

import { byId, type Atlas } from './atlas.ts';
import { escapeHtml } from './inline-markup.ts';
import { plainText } from './plain-text.ts';
import { routes } from './routes.ts';

/** robots.txt: everything may be indexed; the sitemap says where the pages are. */
export function robotsTxt(site: URL): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`;
}

/**
 * An Atom feed of directives, newest first. `updated` is the newest directive's date, so the feed
 * only changes when the content does.
 */
export function atomFeed(atlas: Atlas, site: URL): string {
  const directives = [...atlas.directives].sort((a, b) => b.data.date.localeCompare(a.data.date));
  const updated = `${directives[0]?.data.date ?? '1970-01-01'}T00:00:00Z`;
  const entries = directives
    .map((directive) => {
      const issuer = byId(atlas.bodies, directive.data.issuer.id).data.name;
      const href = new URL(routes.directive('en', directive.id), site).href;
      return `  <entry>
    <id>${escapeHtml(href)}</id>
    <title>${escapeHtml(`${issuer.en}, Letter No. ${directive.data.number}`)}</title>
    <link rel="alternate" hreflang="en" href="${escapeHtml(href)}"/>
    <link rel="alternate" hreflang="km" href="${escapeHtml(new URL(routes.directive('km', directive.id), site).href)}"/>
    <published>${directive.data.date}T00:00:00Z</published>
    <updated>${directive.data.date}T00:00:00Z</updated>
    <author><name>${escapeHtml(issuer.en)}</name></author>
    <summary>${escapeHtml(plainText(directive.data.subject.en))}</summary>
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

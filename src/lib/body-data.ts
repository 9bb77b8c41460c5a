import type { LocalizedText } from '../schemas/common.ts';
import type { BodyData, BodyPart } from '../schemas/body-data.ts';
import { byId, obligationPath, obligationNumber, type Atlas } from './atlas.ts';
import { directiveName } from './cite-subjects.ts';
import { escapeHtml } from './inline-markup.ts';
import { obligationsByBody, type BodyObligation } from './obligations-by-body.ts';
import { PART_SIZE, splitIntoParts } from './parts.ts';
import { CSV_COLUMNS, csvField, DATA_LICENCE } from './open-data.ts';
import { routes } from './routes.ts';

const both = (site: URL, path: (lang: 'en' | 'km') => string) => ({ en: new URL(path('en'), site).href, km: new URL(path('km'), site).href });
const bilingual = (text: LocalizedText) => ({ en: text.en, km: text.km, kmStatus: text.kmStatus });

/** A body's obligations in parts: the same split as its pages (`splitIntoParts`). */
export function bodyParts(atlas: Atlas, bodyId: string) {
  return splitIntoParts(obligationsByBody(atlas, bodyId));
}

/** The obligations of part `n` of a body (throws when it has no such part). */
function partItems(atlas: Atlas, bodyId: string, n: number): { items: BodyObligation[]; of: number } {
  const parts = bodyParts(atlas, bodyId);
  const part = parts[n - 1];
  if (!part) throw new Error(`${bodyId} has ${parts.length} part(s), not ${n}`);
  return { items: part.items, of: parts.length };
}

function bodyHeader(atlas: Atlas, bodyId: string, site: URL): BodyData['body'] {
  const body = byId(atlas.bodies, bodyId);
  return {
    id: body.id,
    name: bilingual(body.data.name),
    ...(body.data.acronym ? { acronym: body.data.acronym } : {}),
    kind: body.data.kind,
    memberOf: body.data.memberOf.map((collective) => collective.id),
    url: both(site, (lang) => routes.body(lang, body.id)),
  };
}

/** What both kinds of body file start with (bodyFileHead in src/schemas/body-data.ts). */
function bodyFileHead(atlas: Atlas, bodyId: string, site: URL, dataUpdated: string | null) {
  return { formatVersion: 2 as const, site: site.href, licence: DATA_LICENCE, dataUpdated, body: bodyHeader(atlas, bodyId, site) };
}

/** /data/bodies/<id>.json: the index of a body's obligations, with the address of each part. */
export function bodyDataDocument(atlas: Atlas, bodyId: string, site: URL, dataUpdated: string | null): BodyData {
  const parts = bodyParts(atlas, bodyId);
  return {
    ...bodyFileHead(atlas, bodyId, site, dataUpdated),
    total: parts.reduce((sum, part) => sum + part.items.length, 0),
    partSize: PART_SIZE,
    parts: parts
      .filter((part) => part.items.length > 0)
      .map((part) => ({
        number: part.number,
        count: part.items.length,
        directives: part.directives,
        json: new URL(routes.bodyDataPart(bodyId, part.number, 'json'), site).href,
        csv: new URL(routes.bodyDataPart(bodyId, part.number, 'csv'), site).href,
        page: both(site, (lang) => routes.bodyPage(lang, bodyId, part.number)),
      })),
  };
}

/** /data/bodies/<id>/<n>.json: the obligations of part `n`, directly or through which group. */
export function bodyPartDocument(atlas: Atlas, bodyId: string, n: number, site: URL, dataUpdated: string | null): BodyPart {
  const name = (id: string) => bilingual(byId(atlas.bodies, id).data.name);
  const { items, of } = partItems(atlas, bodyId, n);
  return {
    ...bodyFileHead(atlas, bodyId, site, dataUpdated),
    part: { number: n, of, index: new URL(routes.bodyData(bodyId, 'json'), site).href },
    obligations: items.map(({ obligation, actor, via }) => {
      const data = obligation.data;
      return {
        id: obligation.id,
        directive: data.directive.id,
        recommendation: data.recommendation,
        number: `${data.recommendation}.${obligationNumber(obligation.id)}`,
        how: via ? ('group' as const) : ('direct' as const),
        via: via ? { id: via, name: name(via) } : null,
        role: actor.role,
        action: bilingual(data.action),
        quote: data.quote,
        kind: data.kind,
        modality: data.modality,
        with: data.actors.filter((other) => other !== actor).map((other) => ({ body: other.body.id, name: name(other.body.id), role: other.role })),
        deadline: data.deadline ? { text: data.deadline.text, km: data.deadline.km, ...(data.deadline.iso ? { iso: data.deadline.iso } : {}) } : null,
        themes: data.themes.map((theme) => theme.id),
        status: data.status,
        url: both(site, (lang) => obligationPath(atlas, lang, obligation)),
      };
    }),
  };
}

/** The columns of /data/bodies/<id>.csv, the index of a body's parts. */
export const BODY_INDEX_COLUMNS = ['part', 'obligations', 'directives', 'json', 'csv'] as const;

/** /data/bodies/<id>.csv: the index of the body's parts, one row each (directives separated by spaces). */
export function bodyIndexCsv(atlas: Atlas, bodyId: string, site: URL): string {
  const rows: (string | number)[][] = [[...BODY_INDEX_COLUMNS]];
  for (const part of bodyParts(atlas, bodyId).filter((item) => item.items.length > 0))
    rows.push([
      part.number,
      part.items.length,
      part.directives.join(' '),
      new URL(routes.bodyDataPart(bodyId, part.number, 'json'), site).href,
      new URL(routes.bodyDataPart(bodyId, part.number, 'csv'), site).href,
    ]);
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** /data/bodies/<id>/<n>.csv: the obligations of part `n`, one row each, with the site-wide CSV's columns. */
export function bodyCsv(atlas: Atlas, bodyId: string, site: URL, n = 1): string {
  const body = byId(atlas.bodies, bodyId);
  const rows: (string | number)[][] = [[...CSV_COLUMNS]];
  for (const { obligation, actor, via } of partItems(atlas, bodyId, n).items) {
    const data = obligation.data;
    rows.push([
      data.directive.id,
      data.recommendation,
      obligation.id,
      body.id,
      body.data.name.en,
      body.data.name.km,
      actor.role,
      via ?? '',
      data.action.en,
      data.action.km,
      data.deadline?.text ?? '',
      data.deadline?.km ?? '',
      data.deadline?.iso ?? '',
      new URL(obligationPath(atlas, 'en', obligation), site).href,
    ]);
  }
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/**
 * /data/bodies/<id>.xml: an Atom feed of the body's newest obligations (its first part), one entry each,
 * dated by its directive (so a reader sees the new ones when a new directive gives the body something to do).
 */
export function bodyFeed(atlas: Atlas, bodyId: string, site: URL): string {
  const body = byId(atlas.bodies, bodyId);
  const self = new URL(routes.bodyData(bodyId, 'xml'), site).href;
  const items = partItems(atlas, bodyId, 1).items;
  const dates = items.map((item) => byId(atlas.directives, item.obligation.data.directive.id).data.date).sort();
  const updated = `${dates.at(-1) ?? '1970-01-01'}T00:00:00Z`;
  const entries = items
    .map(({ obligation, via }) => {
      const data = obligation.data;
      const directive = byId(atlas.directives, data.directive.id);
      const href = new URL(obligationPath(atlas, 'en', obligation), site).href;
      const title = `${directiveName(atlas, 'en', data.directive.id)}, ${data.recommendation === 0 ? 'introduction' : `recommendation ${data.recommendation}`}: ${data.action.en}`;
      return `  <entry>
    <id>${escapeHtml(href)}</id>
    <title>${escapeHtml(title)}</title>
    <link rel="alternate" hreflang="en" href="${escapeHtml(href)}"/>
    <link rel="alternate" hreflang="km" href="${escapeHtml(new URL(obligationPath(atlas, 'km', obligation), site).href)}"/>
    <published>${directive.data.date}T00:00:00Z</published>
    <updated>${directive.data.date}T00:00:00Z</updated>
    <author><name>${escapeHtml(byId(atlas.bodies, directive.data.issuer.id).data.name.en)}</name></author>
    <summary>${escapeHtml(`${via ? `As a member of ${byId(atlas.bodies, via).data.name.en}. ` : ''}${data.quote}`)}</summary>
  </entry>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>${escapeHtml(self)}</id>
  <title>${escapeHtml(`Directive Atlas: obligations of ${body.data.name.en}`)}</title>
  <link rel="self" href="${escapeHtml(self)}"/>
  <link rel="alternate" href="${escapeHtml(new URL(routes.body('en', bodyId), site).href)}"/>
  <updated>${updated}</updated>
${entries}
</feed>
`;
}

import type { Lang } from '../i18n/locales.ts';
import type { OpenData, OpenDataDirectiveFile, ReportsOpenData } from '../schemas/open-data.ts';
import { reportStates } from '../schemas/report.ts';
import { compareReports, lastChecked } from './follow-up.ts';
import { byId, obligationPath, obligationsOf, provisionOfText, recommendationsOf, type Atlas } from './atlas.ts';
import { citationsOf, relationsFrom, relationsTo, type DocumentRelation } from './documents.ts';
import { quotedLang } from './texts.ts';
import { obligationsByBody } from './obligations-by-body.ts';
import { plainText } from './plain-text.ts';
import { dataFiles, routes } from './routes.ts';

const both = (site: URL, path: (lang: Lang) => string) => ({ en: new URL(path('en'), site).href, km: new URL(path('km'), site).href });

export const DATA_LICENCE = 'CC-BY-4.0';

const newestFirst = (atlas: Atlas) => [...atlas.directives].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));

/** What the catalogue and a directive's own file both say of a directive first: who issued it, when, on what. */
function directiveHeader(directive: Atlas['directives'][number], site: URL) {
  return {
    id: directive.id,
    number: directive.data.number,
    date: directive.data.date,
    issuer: directive.data.issuer.id,
    subject: { ...directive.data.subject, ...(directive.data.subject.en ? { en: plainText(directive.data.subject.en) } : {}), km: plainText(directive.data.subject.km) },
    url: both(site, (lang: Lang) => routes.directive(lang, directive.id)),
  };
}

/** A relation in the open data, seen from one end: `document` is the other. */
const openRelation = (relation: DocumentRelation, other: 'from' | 'to') => ({
  type: relation.type,
  document: relation[other].id,
  date: relation.date,
  ...(relation.provision ? { provision: relation.provision } : {}),
});

/** A text status with its bodies as ids, as the open data writes them. */
function openTextStatus(text: NonNullable<Atlas['directives'][number]['data']['texts']['en']>) {
  switch (text.status) {
    case 'original':
      return { status: text.status, publisher: text.publisher.id, url: text.url, ...(text.date ? { date: text.date } : {}) };
    case 'official-translation':
      return { status: text.status, by: text.by.id, url: text.url, ...(text.date ? { date: text.date } : {}) };
    case 'published-translation':
      return { status: text.status, publisher: text.publisher, url: text.url, date: text.date };
    case 'held':
      return { status: text.status };
    case 'ours':
      return { status: text.status, translatedFrom: text.translatedFrom };
  }
}

/** /data/directives/<id>.json: one directive in full, built from the collections (never written by hand). */
export function openDataDirectiveFile(atlas: Atlas, directiveId: string, site: URL): OpenDataDirectiveFile {
  const directive = byId(atlas.directives, directiveId);
  const km = recommendationsOf(atlas, directive.id, 'km');
  const english = recommendationsOf(atlas, directive.id, 'en');
  const quoteLang = quotedLang(directive.data.texts);
  // The Khmer of a document issued or held in Khmer is its own words; any other Khmer text is our translation.
  const khmerTextStatus = directive.data.texts.km?.status === 'original' || directive.data.texts.km?.status === 'held' ? ('original' as const) : ('unofficial' as const);
  const entry = {
    ...directiveHeader(directive, site),
    kind: directive.data.kind.id,
    issuedIn: directive.data.issuedIn,
    texts: Object.fromEntries(Object.entries(directive.data.texts).flatMap(([lang, text]) => (text ? [[lang, openTextStatus(text)]] : []))),
    relations: relationsFrom(atlas, directive.id)
      .filter((relation) => !relation.printed)
      .map((relation) => openRelation(relation, 'to')),
    relatedBy: relationsTo(atlas, directive.id).map((relation) => openRelation(relation, 'from')),
    source: { file: directive.data.source.file, sha256: directive.data.source.sha256, lang: directive.data.source.lang },
    references: directive.data.references.map((line) => line.reference.id),
    // Every document has a Khmer text (src/validation/document-rules.ts); the English is there when it has one.
    recommendations: km.map((rec) => {
      const en = english.find((other) => other.data.number === rec.data.number);
      return {
        number: rec.data.number,
        text: { ...(en ? { en: plainText(en.body ?? '') } : {}), km: plainText(rec.body ?? ''), kmStatus: khmerTextStatus },
        url: both(site, (lang) => routes.provision(lang, directive.id, provisionOfText(rec))),
      };
    }),
    obligations: obligationsOf(atlas, directive.id).map((obligation) => ({
      id: obligation.id,
      recommendation: obligation.data.recommendation,
      quote: obligation.data.quote,
      quoteLang,
      action: obligation.data.action,
      kind: obligation.data.kind,
      modality: obligation.data.modality,
      actors: obligation.data.actors.map((actor) => ({ body: actor.body.id, role: actor.role, ...(actor.asWritten ? { asWritten: actor.asWritten } : {}), implicit: actor.implicit })),
      concerns: obligation.data.concerns.map((body) => body.id),
      cites: obligation.data.cites.map((body) => body.id),
      deadline: obligation.data.deadline
        ? { text: obligation.data.deadline.text, km: obligation.data.deadline.km, ...(obligation.data.deadline.iso ? { iso: obligation.data.deadline.iso } : {}) }
        : null,
      themes: obligation.data.themes.map((theme) => theme.id),
      instruments: obligation.data.instruments.map((instrument) => instrument.id),
      status: obligation.data.status,
      url: both(site, (lang) => obligationPath(atlas, lang, obligation)),
    })),
  };
  return { formatVersion: 2, site: site.href, licence: DATA_LICENCE, directive: entry };
}

/** /data/directives.json: the catalogue, a line per directive with its data files, and every shared entity. */
export function openDataDocument(atlas: Atlas, site: URL): OpenData {
  return {
    formatVersion: 2,
    site: site.href,
    licence: DATA_LICENCE,
    directives: newestFirst(atlas).map((directive) => ({
      ...directiveHeader(directive, site),
      obligations: obligationsOf(atlas, directive.id).length,
      data: {
        json: new URL(dataFiles.directiveJson(directive.id), site).href,
        csv: new URL(dataFiles.directiveCsv(directive.id), site).href,
        akn: new URL(dataFiles.directiveAkn(directive.id), site).href,
      },
    })),
    bodies: atlas.bodies.map((body) => ({
      id: body.id,
      name: body.data.name,
      ...(body.data.acronym ? { acronym: body.data.acronym } : {}),
      kind: body.data.kind,
      memberOf: body.data.memberOf.map((collective) => collective.id),
      partOf: body.data.partOf?.id ?? null,
      url: both(site, (lang) => routes.body(lang, body.id)),
    })),
    references: atlas.references.map((reference) => ({
      id: reference.id,
      number: reference.data.number ?? null,
      date: reference.data.date,
      issuer: reference.data.issuer.id,
      kind: reference.data.kind.id,
      title: reference.data.title,
      citedBy: citationsOf(atlas, reference.id).map((citation) => citation.directive.id),
      relations: relationsFrom(atlas, reference.id).map((relation) => openRelation(relation, 'to')),
      url: both(site, (lang) => routes.reference(lang, reference.id)),
    })),
    themes: atlas.themes.map((theme) => ({ id: theme.id, name: theme.data.name, description: theme.data.description, url: both(site, (lang) => routes.theme(lang, theme.id)) })),
    kinds: atlas.kinds.map((kind) => ({ id: kind.id, name: kind.data.name, units: kind.data.units })),
    instruments: atlas.instruments.map((instrument) => ({
      id: instrument.id,
      name: instrument.data.name,
      kind: instrument.data.kind,
      url: both(site, (lang) => routes.instrument(lang, instrument.id)),
    })),
  };
}

/**
 * One CSV field, quoted as RFC 4180 says: always quoted, inner quotes doubled. A text that a
 * spreadsheet would run as a formula (= + - @, tab, CR) gets a leading apostrophe (OWASP's advice).
 */
export function csvField(value: string | number): string {
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return `"${text.replace(/"/g, '""')}"`;
}

export const CSV_COLUMNS = [
  'directive',
  'recommendation',
  'obligation_id',
  'body_id',
  'body_name_en',
  'body_name_km',
  'role',
  'via',
  'action_en',
  'action_km',
  'deadline_as_written',
  'deadline_km',
  'deadline_iso',
  'url',
] as const;

/**
 * /data/obligations/<id>.csv: one row per obligation of a directive and body that carries it, CRLF line
 * ends (RFC 4180), UTF-8. A body named in the obligation has `via` empty; a body that carries it as a
 * member of a group named there has a row of its own with that group's id in `via` (and the group's role).
 */
export function obligationsCsv(atlas: Atlas, directiveId: string, site: URL): string {
  const rows: (string | number)[][] = [[...CSV_COLUMNS]];
  // Who carries each obligation through a group: computed once per body, over this directive only.
  const scoped: Atlas = { ...atlas, obligations: obligationsOf(atlas, directiveId) };
  const throughGroups = new Map<string, { bodyId: string; role: string; via: string }[]>();
  for (const body of atlas.bodies) {
    for (const item of obligationsByBody(scoped, body.id)) {
      if (!item.via) continue;
      const list = throughGroups.get(item.obligation.id) ?? [];
      list.push({ bodyId: body.id, role: item.actor.role, via: item.via });
      throughGroups.set(item.obligation.id, list);
    }
  }
  for (const directive of [byId(atlas.directives, directiveId)]) {
    for (const obligation of obligationsOf(atlas, directive.id)) {
      const carriers = [...obligation.data.actors.map((actor) => ({ bodyId: actor.body.id, role: actor.role as string, via: '' })), ...(throughGroups.get(obligation.id) ?? [])];
      for (const carrier of carriers) {
        const body = byId(atlas.bodies, carrier.bodyId);
        rows.push([
          directive.id,
          obligation.data.recommendation,
          obligation.id,
          body.id,
          body.data.name.en,
          body.data.name.km,
          carrier.role,
          carrier.via,
          obligation.data.action.en,
          obligation.data.action.km,
          obligation.data.deadline?.text ?? '',
          obligation.data.deadline?.km ?? '',
          obligation.data.deadline?.iso ?? '',
          new URL(obligationPath(atlas, 'en', obligation), site).href,
        ]);
      }
    }
  }
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** /data/reports.json: every follow-up report, newest first, with the date of the last search per directive. */
export function reportsOpenData(atlas: Atlas, site: URL): ReportsOpenData {
  return {
    formatVersion: 1,
    site: site.href,
    licence: DATA_LICENCE,
    states: [...reportStates],
    lastChecked: Object.fromEntries(atlas.directives.map((directive) => [directive.id, lastChecked(atlas, directive.id) ?? null])),
    reports: [...atlas.reports].sort(compareReports).map((report) => ({
      id: report.id,
      publisher: report.data.publisher,
      title: report.data.title ?? null,
      url: report.data.url,
      published: report.data.published,
      language: report.data.language,
      retrieved: report.data.retrieved,
      quote: report.data.quote,
      translation: report.data.translation ?? null,
      state: report.data.state,
      note: report.data.note ?? null,
      obligations: report.data.obligations.map((reference) => {
        const obligation = byId(atlas.obligations, reference.id);
        return { id: obligation.id, url: both(site, (lang) => obligationPath(atlas, lang, obligation)) };
      }),
    })),
  };
}

export const REPORT_CSV_COLUMNS = ['report_id', 'obligation_id', 'state', 'publisher', 'title', 'url', 'published', 'language', 'retrieved', 'quote', 'translation_ours'] as const;

/** /data/reports.csv: one row per report and obligation it speaks to, newest first (RFC 4180, UTF-8). */
export function reportsCsv(atlas: Atlas): string {
  const rows: (string | number)[][] = [[...REPORT_CSV_COLUMNS]];
  for (const report of [...atlas.reports].sort(compareReports)) {
    for (const obligation of report.data.obligations) {
      const d = report.data;
      rows.push([report.id, obligation.id, d.state, d.publisher, d.title ?? '', d.url, d.published, d.language, d.retrieved, d.quote, d.translation ?? '']);
    }
  }
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

import type { Lang } from '../../i18n/locales.ts';
import { t } from '../../i18n/index.ts';
import { bodyKinds } from '../../schemas/body.ts';
import { roles, type Role } from '../../schemas/obligation.ts';
import { byId, obligationPath, obligationNumber, provisionOf, provisionPagePath, type Atlas } from '../atlas.ts';
import { provisionFilterValue } from '../provisions.ts';
import { directiveName, provisionName, unitWords } from '../cite-subjects.ts';
import { appearancesOf } from '../documents.ts';
import { groupByRecommendation } from '../grouping.ts';
import { splitIntoParts, type Part } from '../parts.ts';
import type { BodyObligation } from '../obligations-by-body.ts';
import { webPageJsonLd } from '../json-ld.ts';
import { isUnofficial, pick } from '../localize.ts';
import { countByRole, membersOf, obligationsByBody, obligationsConcerning } from '../obligations-by-body.ts';
import { followUpSection } from './follow-up.ts';
import { reportsOfObligation } from '../follow-up.ts';
import type { ReportState } from '../../schemas/report.ts';
import { localizeDigits } from '../khmer.ts';
import { qrCode } from '../qr.ts';
import { anchors, routes } from '../routes.ts';
import { bodyLink, deadlineIn, directiveLink, obligationCard, obligationList, themeLink, type Link } from './shared.ts';

/** One line of a body's compact table of obligations; it links to the full entry below it on the page. */
export interface BodyRow {
  id: string;
  /** The full entry's anchor on the body's page of full entries (the same as on its recommendation's page). */
  anchor: string;
  /** The obligation on its recommendation's page (where the tables of a body's further pages link). */
  href: string;
  /** "4.2", in the page's numerals. */
  number: string;
  recommendation: number;
  /** Its provision: its key on the page (the filter's value) and its name ("Article 5"). */
  provision: ProvisionChoice;
  action: string;
  /** The role of the body (or of its group) in this obligation. */
  role: Role;
  /** The group through which the body carries it, when it does. */
  via: Link | undefined;
  /** The other bodies that act in it (with their role). */
  withWhom: (Link & { role: Role; short: string | undefined })[];
  deadline: string | undefined;
  /** The language of `deadline` (Khmer on an English page for a document with no English text). */
  deadlineLang: Lang;
  /** What public sources report on it, newest first: their state words (empty when none was found). */
  reported: ReportState[];
  /** Theme ids, for the filters. */
  themes: string[];
}

/** A provision of some directive among a body's obligations: its key, and its name, with its directive's when the page lists several. */
export interface ProvisionChoice {
  key: string;
  label: string;
}

/**
 * The key is the filter's value in the page's address (`?rec=3`, as shared since the letter; `?rec=article-5`):
 * when the page lists several directives it names the directive too (`?rec=<directive>:3`), as the label does.
 */
function provisionChoice(atlas: Atlas, lang: Lang, directiveId: string, number: number, withDirective: boolean): ProvisionChoice {
  const label = provisionName(atlas, lang, directiveId, number);
  const value = provisionFilterValue(provisionOf(atlas, directiveId, number), number);
  return withDirective ? { key: `${directiveId}:${value}`, label: `${directiveName(atlas, lang, directiveId)} · ${label}` } : { key: value, label };
}

/** The bodies index: by kind, most obligations first. */
export function bodiesView(atlas: Atlas, lang: Lang) {
  return {
    groups: bodyKinds
      .map((kind) => ({
        kind,
        bodies: atlas.bodies
          .filter((body) => body.data.kind === kind)
          .map((body) => ({ ...bodyLink(atlas, lang, body.id), count: obligationsByBody(atlas, body.id).length }))
          .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, lang)),
      }))
      .filter((group) => group.bodies.length > 0),
  };
}

/** How many one-line entries (earlier directives, appearances) a body page lists at most: the newest ones. */
export const MAX_LINES = 30;

/** The pages of a body's obligations (the same split as its open data): how many there are. */
export function bodyPageCount(atlas: Atlas, bodyId: string): number {
  return splitIntoParts(obligationsByBody(atlas, bodyId)).length;
}

/** One line of the list of a body's pages: what the page holds, and where it is. */
export interface BodyPartLine {
  number: number;
  href: string;
  count: number;
  /** How many directives it holds, and the newest and oldest of them (name and date). */
  directives: number;
  newest: Link & { date: string };
  oldest: Link & { date: string };
}

function partLines(atlas: Atlas, lang: Lang, bodyId: string, parts: Part<BodyObligation>[]): BodyPartLine[] {
  const line = (directiveId: string) => ({ ...directiveLink(atlas, lang, directiveId), date: byId(atlas.directives, directiveId).data.date });
  return parts
    .filter((part) => part.items.length > 0)
    .map((part) => ({
      number: part.number,
      href: routes.bodyPage(lang, bodyId, part.number),
      count: part.items.length,
      directives: part.directives.length,
      newest: line(part.directives[0] as string),
      oldest: line(part.directives.at(-1) as string),
    }));
}

/**
 * The words a body page uses for the documents it draws on: `{documents}` is "the letter" when they are one
 * document, "the directives" when several; `{document}` names the one
 * document's kind ("letter"); `many` picks the sentences written for several.
 */
export function documentsWords(atlas: Atlas, lang: Lang, directiveIds: readonly string[]): { words: { documents: string; document: string }; many: boolean } {
  // A body none of them names is spoken of with every document of the atlas ("The letter gives this body no obligation").
  const ids = [...new Set(directiveIds.length > 0 ? directiveIds : atlas.directives.map((directive) => directive.id))];
  if (ids.length !== 1) return { words: { documents: t(lang, 'body.theDirectives'), document: '' }, many: true };
  const { document } = unitWords(atlas, lang, ids[0]!);
  return { words: { documents: t(lang, 'body.theDocument', { document }), document }, many: false };
}

/**
 * A body's page `pageNumber` (1: the body page): who it is, and the obligations of that page, directly
 * or through a group. Every obligation of the body is on exactly one of its pages (`splitIntoParts`,
 * newest directive first); the first page also has the summary of all of them.
 */
export function bodyView(atlas: Atlas, lang: Lang, bodyId: string, site: URL, pageNumber = 1) {
  const body = byId(atlas.bodies, bodyId);
  const name = pick(body.data.name, lang);
  const obligations = obligationsByBody(atlas, bodyId);
  const parts = splitIntoParts(obligations);
  const part = parts[pageNumber - 1];
  if (!part) throw new Error(`bodyView: ${bodyId} has ${parts.length} page(s), not ${pageNumber}`);
  const recent = part.items;
  const concerning = obligationsConcerning(atlas, bodyId).map((obligation) => ({ obligation }));
  const newestAppearances = appearancesOf(atlas, bodyId).sort((a, b) => b.directive.data.date.localeCompare(a.directive.data.date));
  const path = routes.bodyPage(lang, bodyId, pageNumber);
  // Provisions are named with their directive only when the page lists more than one: "Letter No. 265 SCN.PB · Recommendation 3".
  const severalDirectives = new Set(recent.map((item) => item.obligation.data.directive.id)).size > 1;
  const rows: BodyRow[] = recent.map((item) => {
    const data = item.obligation.data;
    return {
      id: item.obligation.id,
      anchor: anchors.obligation(item.obligation.id),
      href: obligationPath(atlas, lang, item.obligation),
      number: localizeDigits(lang, `${data.recommendation}.${obligationNumber(item.obligation.id)}`),
      recommendation: data.recommendation,
      provision: provisionChoice(atlas, lang, data.directive.id, data.recommendation, severalDirectives),
      action: pick(data.action, lang),
      role: item.actor.role,
      via: item.via === undefined ? undefined : bodyLink(atlas, lang, item.via),
      withWhom: data.actors
        .filter((actor) => actor !== item.actor)
        // The short name (an acronym) is what the printed brief shows, to keep it short.
        .map((actor) => ({ ...bodyLink(atlas, lang, actor.body.id), role: actor.role, short: lang === 'en' ? byId(atlas.bodies, actor.body.id).data.acronym : undefined })),
      ...deadlineIn(atlas, lang, item.obligation),
      reported: reportsOfObligation(atlas, item.obligation.id).map((report) => report.data.state),
      themes: data.themes.map((theme) => theme.id),
    };
  });
  const deadlines = new Map<string, string[]>();
  const deadlineLangs = new Map<string, Lang>();
  for (const row of rows) {
    if (!row.deadline) continue;
    deadlines.set(row.deadline, [...(deadlines.get(row.deadline) ?? []), row.number]);
    deadlineLangs.set(row.deadline, row.deadlineLang);
  }
  const viaCounts = new Map<string, number>();
  for (const item of obligations) if (item.via) viaCounts.set(item.via, (viaCounts.get(item.via) ?? 0) + 1);
  const provisions = [...new Map(rows.map((row) => [row.provision.key, row.provision])).values()];
  const themeIds = [...new Set(rows.flatMap((row) => row.themes))];
  const permalink = new URL(path, site).href;
  return {
    id: bodyId,
    name,
    path,
    /** Which page this is, of how many, and what each page holds (the same split as the open data's parts). */
    page: { number: pageNumber, of: parts.length, shown: recent.length, parts: partLines(atlas, lang, bodyId, parts) },
    jsonLd: webPageJsonLd(lang, name, path, site),
    kind: body.data.kind,
    acronym: body.data.acronym,
    acronymSource: body.data.acronymSource,
    /** The name in the other language, and whether that name is our translation. */
    names: { en: body.data.name.en, km: body.data.name.km, kmUnofficial: isUnofficial(body.data.name, 'km') },
    partOf: body.data.partOf ? bodyLink(atlas, lang, body.data.partOf.id) : undefined,
    memberOf: body.data.memberOf.map((collective) => bodyLink(atlas, lang, collective.id)),
    members: membersOf(atlas, bodyId).map((member) => bodyLink(atlas, lang, member)),
    note: body.data.note ? pick(body.data.note, lang) : undefined,
    total: obligations.length,
    direct: obligations.filter((item) => !item.via).length,
    roleCounts: countByRole(obligations).filter((entry) => entry.count > 0),
    groups: groupByRecommendation(recent).map((group) => ({
      id: `g-${group.directiveId}-${group.recommendation}`,
      directive: directiveLink(atlas, lang, group.directiveId),
      recommendation: group.recommendation,
      provision: provisionChoice(atlas, lang, group.directiveId, group.recommendation, severalDirectives),
      /** The provision's own name ("Article 5"): the group's heading names its directive beside it. */
      label: provisionName(atlas, lang, group.directiveId, group.recommendation),
      href: provisionPagePath(atlas, lang, group.directiveId, group.recommendation),
      cards: group.items.map((item) => obligationCard(atlas, lang, item.obligation, item.via, site)),
    })),
    /** The compact table: one row per obligation of this page. */
    rows,
    /** The first screen: what the body must do, in numbers. */
    summary: {
      /** Through which groups, and how many obligations each brings. */
      via: [...viaCounts].map(([collective, count]) => ({ ...bodyLink(atlas, lang, collective), count })),
      byRecommendation: provisions.map((provision) => ({ ...provision, count: rows.filter((row) => row.provision.key === provision.key).length })),
      /** Each deadline as written, with the obligations that have it. */
      deadlines: [...deadlines].map(([text, numbers]) => ({ text, numbers, lang: deadlineLangs.get(text) ?? lang })),
      withoutDeadline: rows.filter((row) => !row.deadline).length,
    },
    /** The choices of the filters (only those the table has). */
    filters: {
      roles: roles.filter((role) => rows.some((row) => row.role === role)),
      recommendations: provisions,
      themes: themeIds.map((themeId) => ({ id: themeId, ...themeLink(atlas, lang, themeId) })).sort((a, b) => a.name.localeCompare(b.name, lang)),
      hasGroups: rows.some((row) => row.via) && rows.some((row) => !row.via),
    },
    /** The body's open data, brief and embed. */
    files: {
      json: routes.bodyData(bodyId, 'json'),
      csv: routes.bodyData(bodyId, 'csv'),
      feed: routes.bodyData(bodyId, 'xml'),
      pdf: routes.brief(lang, bodyId),
    },
    /** The permalink the brief prints, and its QR code. */
    permalink,
    qr: qrCode(permalink),
    // Obligations that concern the body without obliging it, older directives included (as lines).
    concerning: obligationList(atlas, lang, concerning, site),
    /** Public follow-up on the obligations it carries: progress, the reports newest first, and its Atom feed. */
    followUp: {
      // The obligations of this page only: a page stays bounded however many reports the body has.
      ...followUpSection(
        atlas,
        lang,
        recent.map((item) => item.obligation),
      ),
      feed: routes.bodyReportsFeed(bodyId),
    },
    /** How the page names the documents it draws on: the one document ("the letter"), or "the directives". */
    documents: documentsWords(atlas, lang, [...obligations.map((item) => item.obligation.data.directive.id), ...newestAppearances.map((item) => item.directive.id)]),
    /** Each appearance with the words of its document ("Issued the sub-decree", "Instructed to implement the articles"). */
    appearances: newestAppearances
      .slice(0, MAX_LINES)
      .map((item) => ({ ...directiveLink(atlas, lang, item.directive.id), appearance: item.appearance, words: unitWords(atlas, lang, item.directive.id) })),
    /** How many appearances are not listed (the page lists the newest `MAX_LINES`). */
    appearancesMore: Math.max(0, newestAppearances.length - MAX_LINES),
  };
}

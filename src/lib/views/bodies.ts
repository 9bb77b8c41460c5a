import type { Lang } from '../../i18n/locales.ts';
import { bodyKinds } from '../../schemas/body.ts';
import { byId, type Atlas } from '../atlas.ts';
import { appearancesOf } from '../documents.ts';
import { groupByRecommendation, partitionByRecency } from '../grouping.ts';
import { webPageJsonLd } from '../json-ld.ts';
import { isUnofficial, pick } from '../localize.ts';
import { countByRole, membersOf, obligationsByBody, obligationsConcerning } from '../obligations-by-body.ts';
import { routes } from '../routes.ts';
import { followUpSection } from './follow-up.ts';
import { bodyLink, directiveLink, obligationCard, obligationList } from './shared.ts';

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

/** A body's page: who it is, and every obligation that falls to it, directly or through a group. */
export function bodyView(atlas: Atlas, lang: Lang, bodyId: string, site: URL) {
  const body = byId(atlas.bodies, bodyId);
  const name = pick(body.data.name, lang);
  const obligations = obligationsByBody(atlas, bodyId);
  const { recent, older } = partitionByRecency(atlas, obligations);
  const concerning = obligationsConcerning(atlas, bodyId).map((obligation) => ({ obligation }));
  const path = routes.body(lang, bodyId);
  return {
    id: bodyId,
    name,
    path,
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
      href: group.recommendation === 0 ? routes.directive(lang, group.directiveId) : routes.recommendation(lang, group.directiveId, group.recommendation),
      cards: group.items.map((item) => obligationCard(atlas, lang, item.obligation, item.via)),
    })),
    older: older.map((line) => ({ ...directiveLink(atlas, lang, line.directiveId), date: line.date, count: line.count })),
    // Obligations that concern the body without obliging it, older directives included (as lines).
    concerning: obligationList(atlas, lang, concerning),
    /** Public follow-up on the obligations it carries: progress, the reports newest first, and its Atom feed. */
    followUp: {
      ...followUpSection(
        atlas,
        lang,
        obligations.map((item) => item.obligation),
      ),
      feed: routes.bodyReportsFeed(bodyId),
    },
    appearances: appearancesOf(atlas, bodyId).map((item) => ({ ...directiveLink(atlas, lang, item.directive.id), appearance: item.appearance })),
  };
}

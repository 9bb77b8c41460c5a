import { roles, type Role } from '../schemas/obligation.ts';
import { groupedByKeysOnce, obligationsAcrossDirectives, type Actor, type Atlas, type ObligationEntry } from './atlas.ts';

/** One obligation as it falls to a body: directly, or as a member of a collective. */
export interface BodyObligation {
  obligation: ObligationEntry;
  /** The actor line that names the body or its collective. */
  actor: Actor;
  /** The collective through which the body carries it; undefined when named directly. */
  via: string | undefined;
}

/** The collectives a body belongs to, directly or through other collectives, nearest first. */
export function collectivesOf(atlas: Atlas, bodyId: string): string[] {
  const found: string[] = [];
  const queue = [bodyId];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    const body = atlas.bodies.find((entry) => entry.id === current);
    for (const collective of body?.data.memberOf ?? []) {
      if (!found.includes(collective.id) && collective.id !== bodyId) {
        found.push(collective.id);
        queue.push(collective.id);
      }
    }
  }
  return found;
}

/** Each body's obligations, computed once per atlas (its obligations and bodies arrays): a body has a page per 100. */
const byBodyOnce = new WeakMap<readonly ObligationEntry[], { bodies: Atlas['bodies']; byBody: Map<string, BodyObligation[]> }>();

/**
 * Every obligation that falls to a body: those naming it, then those naming a collective it belongs
 * to (marked with `via`). An obligation naming both the body and its collective is listed once, as direct.
 */
export function obligationsByBody(atlas: Atlas, bodyId: string): BodyObligation[] {
  let memo = byBodyOnce.get(atlas.obligations);
  if (!memo || memo.bodies !== atlas.bodies) {
    memo = { bodies: atlas.bodies, byBody: new Map() };
    byBodyOnce.set(atlas.obligations, memo);
  }
  let result = memo.byBody.get(bodyId);
  if (!result) {
    result = [];
    const collectives = collectivesOf(atlas, bodyId);
    for (const obligation of obligationsAcrossDirectives(atlas)) {
      const direct = obligation.data.actors.find((actor) => actor.body.id === bodyId);
      if (direct) {
        result.push({ obligation, actor: direct, via: undefined });
        continue;
      }
      const inherited = obligation.data.actors.find((actor) => collectives.includes(actor.body.id));
      if (inherited) result.push({ obligation, actor: inherited, via: inherited.body.id });
    }
    memo.byBody.set(bodyId, result);
  }
  return [...result];
}

/** How many obligations a body carries in each role (roles in vocabulary order, zero counts kept). */
export function countByRole(items: readonly { actor: Actor }[]): { role: Role; count: number }[] {
  return roles.map((role) => ({ role, count: items.filter((item) => item.actor.role === role).length }));
}

const byConcern = new WeakMap<readonly ObligationEntry[], Map<string, ObligationEntry[]>>();

/** Obligations that concern a body without obliging it (it is named in `concerns`). */
export function obligationsConcerning(atlas: Atlas, bodyId: string): ObligationEntry[] {
  return [...groupedByKeysOnce(byConcern, obligationsAcrossDirectives(atlas), (obligation) => obligation.data.concerns.map((body) => body.id), bodyId)];
}

/** Bodies that are members of a collective (directly). */
export function membersOf(atlas: Atlas, collectiveId: string): string[] {
  return atlas.bodies.filter((body) => body.data.memberOf.some((collective) => collective.id === collectiveId)).map((body) => body.id);
}

import { byId, type Atlas, type ObligationEntry } from './atlas.ts';

/** Items grouped by directive and recommendation, keeping their order. */
export function groupByRecommendation<T extends { obligation: ObligationEntry }>(items: readonly T[]): { directiveId: string; recommendation: number; items: T[] }[] {
  const groups: { directiveId: string; recommendation: number; items: T[] }[] = [];
  for (const item of items) {
    const directiveId = item.obligation.data.directive.id;
    const recommendation = item.obligation.data.recommendation;
    const last = groups.at(-1);
    if (last && last.directiveId === directiveId && last.recommendation === recommendation) last.items.push(item);
    else groups.push({ directiveId, recommendation, items: [item] });
  }
  return groups;
}

/** How many directives a body, theme or instrument page shows in full; older ones get one line each. */
export const FULL_DIRECTIVES = 5;

/**
 * Splits items (newest directive first) into those of the `keep` newest directives, shown in full,
 * and one summary per older directive: a page stays readable, and its size bounded, as directives pile up.
 */
export function partitionByRecency<T extends { obligation: ObligationEntry }>(
  atlas: Atlas,
  items: readonly T[],
  keep = FULL_DIRECTIVES,
): { recent: T[]; older: { directiveId: string; date: string; count: number }[] } {
  const order: string[] = [];
  const counts = new Map<string, number>();
  for (const item of items) {
    const id = item.obligation.data.directive.id;
    if (!counts.has(id)) order.push(id);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const kept = new Set(order.slice(0, keep));
  return {
    recent: items.filter((item) => kept.has(item.obligation.data.directive.id)),
    older: order.slice(keep).map((directiveId) => ({ directiveId, date: byId(atlas.directives, directiveId).data.date, count: counts.get(directiveId) ?? 0 })),
  };
}

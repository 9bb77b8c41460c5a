import type { ObligationEntry } from './atlas.ts';

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

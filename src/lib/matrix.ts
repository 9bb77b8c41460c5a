import type { Role } from '../schemas/obligation.ts';
import { roles } from '../schemas/obligation.ts';
import { obligationsOf, type Atlas } from './atlas.ts';

/** One row of the obligations matrix: a body and, per recommendation, the roles it has there. */
export interface MatrixRow {
  bodyId: string;
  /** cells[n - 1]: the distinct roles of this body in recommendation n, in vocabulary order. */
  cells: Role[][];
  /** Number of obligations naming the body in the directive. */
  total: number;
}

/**
 * Bodies x recommendations for one directive: every body named as an actor, most obligations first
 * (ties by first appearance). Collectives are rows of their own; membership is shown on body pages.
 */
export function obligationsMatrix(atlas: Atlas, directiveId: string, recommendationCount: number): MatrixRow[] {
  const rows = new Map<string, MatrixRow & { first: number }>();
  obligationsOf(atlas, directiveId).forEach((obligation, position) => {
    for (const actor of obligation.data.actors) {
      let row = rows.get(actor.body.id);
      if (!row) {
        row = { bodyId: actor.body.id, cells: Array.from({ length: recommendationCount }, () => []), total: 0, first: position };
        rows.set(actor.body.id, row);
      }
      const cell = row.cells[obligation.data.recommendation - 1];
      if (cell && !cell.includes(actor.role)) {
        cell.push(actor.role);
        cell.sort((a, b) => roles.indexOf(a) - roles.indexOf(b));
      }
      row.total += 1;
    }
  });
  return [...rows.values()].sort((a, b) => b.total - a.total || a.first - b.first).map(({ bodyId, cells, total }) => ({ bodyId, cells, total }));
}

import type { ObligationEntry } from './atlas.ts';

/**
 * How many obligations one page of a body (and one part of its open data) holds at most. A
 * recommendation page is about 40 KB; a hundred obligations keep a body page within a few hundred KB
 * whatever the size of the corpus, and the real letter (50 obligations for MPTC, the body with the most)
 * stays on one page.
 */
export const PART_SIZE = 100;

/** One part of a list split by `splitIntoParts`: its number (from 1), its items, and the directives it holds. */
export interface Part<T> {
  /** 1 for the first part (the newest directives). */
  number: number;
  items: T[];
  /** The directives of its items, in order (newest first); one may continue from the previous part. */
  directives: string[];
}

/**
 * Splits items (already in order, newest directive first) into parts of at most `size` items, keeping
 * each directive's items in one part where they fit: a directive starts a new part when it would not fit
 * in the current one; only a directive with more than `size` items of its own is cut across parts.
 * Every item is in exactly one part, in the same order; there is always at least one part.
 */
export function splitIntoParts<T extends { obligation: ObligationEntry }>(items: readonly T[], size = PART_SIZE): Part<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`splitIntoParts: size must be a positive integer, not ${size}`);
  const runs: { directive: string; items: T[] }[] = [];
  for (const item of items) {
    const directive = item.obligation.data.directive.id;
    const last = runs.at(-1);
    if (last && last.directive === directive) last.items.push(item);
    else runs.push({ directive, items: [item] });
  }
  const parts: T[][] = [[]];
  for (const run of runs) {
    let current = parts.at(-1) as T[];
    if (current.length > 0 && current.length + run.items.length > size) {
      current = [];
      parts.push(current);
    }
    for (const item of run.items) {
      if (current.length === size) {
        current = [];
        parts.push(current);
      }
      current.push(item);
    }
  }
  return parts.map((partItems, index) => ({ number: index + 1, items: partItems, directives: [...new Set(partItems.map((item) => item.obligation.data.directive.id))] }));
}

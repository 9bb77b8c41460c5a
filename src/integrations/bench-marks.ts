import { appendFileSync } from 'node:fs';

/**
 * Marks the start or end of a build step for scripts/bench-scale.ts (which sets BENCH_MARKS to a file
 * and turns the marks into wall and CPU seconds per step). Does nothing otherwise.
 */
export function benchMark(name: string): void {
  const file = process.env.BENCH_MARKS;
  if (file) appendFileSync(file, `${JSON.stringify(name)}: ${Date.now()},\n`);
}

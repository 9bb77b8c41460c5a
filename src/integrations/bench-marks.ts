import { appendFileSync } from 'node:fs';
import { writeHeapSnapshot } from 'node:v8';

/**
 * Marks the start or end of a build step for scripts/bench-scale.ts (which sets BENCH_MARKS to a file
 * and turns the marks into wall and CPU seconds per step). Does nothing otherwise.
 */
export function benchMark(name: string): void {
  const file = process.env.BENCH_MARKS;
  if (file) appendFileSync(file, `${JSON.stringify(name)}: ${Date.now()},\n`);
  // BENCH_HEAP=<mark> writes a heap snapshot of the build at that mark (to see what the build holds).
  if (process.env.BENCH_HEAP === name) console.log(`heap snapshot ${writeHeapSnapshot()}`);
}

import type { AstroIntegration } from 'astro';
import v8 from 'node:v8';

/**
 * How far past its live data V8 lets the build's heap grow before a full collection, in percent.
 * V8 decides this itself (up to 4 times the live data on a machine with this much memory), and the
 * pages and the search index make garbage fast: at 1,000 directives the heap swung between 1.0 and
 * 2.1 GB during the pages. Held to 30%, the build peaked at 3.03 GB PSS instead of 3.43 (in 545 s against
 * 537: the collections run on the second core while the pages render); at 20% the pages took 20% more CPU
 * and the peak stayed at 3.06 GB. Measured with `npm run bench:scale -- 1000`.
 */
export const HEAP_GROWING_PERCENT = 30;

/** Sets that limit in the build's own process (a flag V8 reads each time it sets the next limit). */
export default function buildHeap(): AstroIntegration {
  return {
    name: 'directive-atlas:build-heap',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
      },
    },
  };
}

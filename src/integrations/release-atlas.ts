import type { AstroIntegration } from 'astro';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { RELEASE_ATLAS } from '../data/release-atlas.ts';

/** A full garbage collection, now: the steps after the pages allocate little, so V8 would wait. */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/**
 * First of the steps after the pages: lets the atlas go (src/data/release-atlas.ts) and collects it, so
 * that the briefs' Chromium and the search index start beside a smaller build process.
 */
export default function releaseAtlasAfterPages(): AstroIntegration {
  return {
    name: 'directive-atlas:release-atlas',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const release = (globalThis as { [RELEASE_ATLAS]?: () => void })[RELEASE_ATLAS];
        if (!release) return;
        const before = process.memoryUsage().heapUsed;
        release();
        collectGarbage();
        logger.info(`atlas released: heap ${Math.round(before / 1e6)} -> ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`);
      },
    },
  };
}

import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cardTextSetter } from '../lib/card-fonts.ts';
import { renderCardPng } from '../lib/card-render-pool.ts';
import { shareCardSvg, type TextSetter } from '../lib/share-card.ts';
import { cardPath, directiveShareCards, siteShareCards, type CardPage } from '../lib/views/share-cards.ts';
import { benchMark } from './bench-marks.ts';
import { builtAtlas } from './built-atlas.ts';
import { serveFromLastBuild } from './serve-last-build.ts';

/** Cards shaped and waiting for a worker at once: enough to keep the workers busy, few PNGs held. */
const CARDS_IN_FLIGHT = 16;

/**
 * Writes the share card of every directive, recommendation, body and reference page (both languages)
 * from the atlas the build published, one directive at a time: text shaped here (HarfBuzz), rasterized
 * on worker threads (resvg), at most CARDS_IN_FLIGHT at once. Returns how many it wrote.
 */
export async function writeShareCards(dist: string): Promise<number> {
  const built = builtAtlas(dist);
  const setter: TextSetter = await cardTextSetter();
  const inFlight = new Set<Promise<void>>();
  let written = 0;
  const write = async ({ page, card }: CardPage) => {
    const png = await renderCardPng(shareCardSvg(card, setter));
    const file = join(dist, ...cardPath(page).split('/').filter(Boolean));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, png);
    written += 1;
  };
  const queue = async (cards: CardPage[]) => {
    for (const card of cards) {
      const task: Promise<void> = write(card).finally(() => inFlight.delete(task));
      inFlight.add(task);
      // A failed card fails the step at once (Promise.race rejects), not after every other card.
      if (inFlight.size >= CARDS_IN_FLIGHT) await Promise.race(inFlight);
    }
  };
  await queue(siteShareCards(built.shared));
  for (const directive of built.shared.directives) {
    const atlas = built.ofDirective(directive.id);
    if (atlas) await queue(directiveShareCards(atlas, directive.id));
  }
  await Promise.all(inFlight);
  return written;
}

/**
 * The share cards, made after the pages and beside the steps that follow (font subset, PDF briefs,
 * search index): those leave a core idle most of the time (Pagefind and Chromium are other processes),
 * and the cards' rasterizing, a quarter of the build's CPU at 1,000 directives, fills it. `start` begins
 * the work and returns; `finish`, placed after the other steps, waits for it and fails the build if it
 * failed. As Astro routes the cards were made before the HTML pages, with the main thread idle.
 */
export default function shareCards(): { start: AstroIntegration; finish: AstroIntegration } {
  let outDir = '';
  let work: Promise<{ written: number; ms: number } | { error: unknown }> | undefined;
  return {
    start: {
      name: 'directive-atlas:share-cards',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = fileURLToPath(config.outDir);
        },
        'astro:server:setup': serveFromLastBuild(() => outDir, ['/og/']),
        'astro:build:done': ({ dir }) => {
          const started = performance.now();
          benchMark('share-cards:start');
          // Caught here and reported by `finish`: an unobserved rejection would end the process first.
          work = writeShareCards(fileURLToPath(dir)).then(
            (written) => {
              benchMark('share-cards:end');
              return { written, ms: performance.now() - started };
            },
            (error: unknown) => ({ error }),
          );
        },
      },
    },
    finish: {
      name: 'directive-atlas:share-cards-done',
      hooks: {
        'astro:build:done': async ({ logger }) => {
          const result = await work;
          if (!result) throw new Error('share cards: the start step did not run');
          if ('error' in result) throw result.error instanceof Error ? result.error : new Error(`share cards: ${String(result.error)}`);
          logger.info(`${result.written} share cards in ${Math.round(result.ms)} ms, beside the other steps`);
        },
      },
    },
  };
}

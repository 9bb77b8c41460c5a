/**
 * The share-card process: started by src/integrations/share-cards.ts for one build, at a low priority,
 * it takes the cards the pages' data hands it (src/data/share-cards.ts), shapes their text (HarfBuzz),
 * rasterizes them (resvg) and writes each PNG under the build's output directory (its argument).
 * Run by Node itself (types stripped), not bundled: it only uses the modules imported below.
 *
 * Messages in: `{ cards: CardPage[] }`, then `{ end: true }`. Out: `{ written, peakRss }` when every card is
 * written, or `{ error }` at the first card that fails (the build then fails).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cardTextSetter } from '../lib/card-fonts.ts';
import { shareCardSvg } from '../lib/share-card.ts';
import { cardPath, type CardPage } from '../lib/views/share-cards.ts';

export type ToCardProcess = { cards: CardPage[] } | { end: true };
/** `peakRss`: the process's peak resident memory in bytes (for the build's log and the tests). */
export type FromCardProcess = { written: number; peakRss: number } | { error: string };

/** Cards rendered between two garbage collections (see below). */
const COLLECT_EVERY = 8;

async function main(dist: string): Promise<void> {
  const send = (message: FromCardProcess) => process.send?.(message);
  const { Resvg } = createRequire(join(process.cwd(), 'package.json'))('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  // Started with --expose-gc: see the loop below.
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
  const queue: CardPage[] = [];
  let ended = false;
  let running = false;
  let written = 0;
  let failed = false;
  const setter = cardTextSetter();

  // Each render holds a 3 MB pixmap outside the JS heap until its object is collected and finalized;
  // the heap is too small for V8 to collect on its own, and finalizers run only when the event loop
  // turns. So one card is drawn per turn of the loop and the heap collected every few cards (without
  // it the process grew by 3 MB a card: tests/unit/share-card-process.test.ts).
  const next = async () => {
    const page = queue.shift();
    if (!page || failed) {
      running = false;
      if (ended && !failed) send({ written, peakRss: process.resourceUsage().maxRSS * 1024 });
      return;
    }
    try {
      const png = new Resvg(shareCardSvg(page.card, await setter), { font: { loadSystemFonts: false } }).render().asPng();
      const file = join(dist, ...cardPath(page.page).split('/').filter(Boolean));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, png);
      written += 1;
    } catch (error) {
      failed = true;
      send({ error: `share card of ${page.page}: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
    if (written % COLLECT_EVERY === 0) collect();
    setImmediate(() => void next());
  };
  const wake = () => {
    if (running) return;
    running = true;
    setImmediate(() => void next());
  };
  process.on('message', (message: ToCardProcess) => {
    if ('cards' in message) queue.push(...message.cards);
    else ended = true;
    wake();
  });
  // The build ended (or failed) without waiting for the cards: nothing is left to do.
  process.on('disconnect', () => process.exit(0));
}

const dist = process.argv[2];
if (!dist) throw new Error('share-card process: the output directory is its argument');
await main(dist);

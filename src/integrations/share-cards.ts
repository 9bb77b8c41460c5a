import type { AstroIntegration } from 'astro';
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism, setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { SHARE_CARD_SINK, type ShareCardSink } from '../data/share-cards.ts';
import { benchMark } from './bench-marks.ts';
import type { FromCardProcess, ToCardProcess } from './share-card-process.ts';
import { serveFromLastBuild } from './serve-last-build.ts';

/**
 * A low priority (nice 10): where the build's own steps want both cores, they come first. Not the
 * lowest (19): on a machine busy with other work the cards would then wait for minutes.
 */
const LOW_PRIORITY = 10;

/** One card process: its cards in, its count and peak memory out (see share-card-process.ts). */
function cardProcess(outDir: string) {
  const child: ChildProcess = spawn(process.execPath, ['--expose-gc', fileURLToPath(new URL('./share-card-process.ts', import.meta.url)), outDir], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  if (child.pid) setPriority(child.pid, LOW_PRIORITY);
  // Until the cards are all handed over, neither the process nor its channel keeps the build alive: a
  // build that fails first exits, and the card process with it (it ends when its channel closes).
  child.unref();
  child.channel?.unref();
  const result = new Promise<{ written: number; peakRss: number }>((resolve, reject) => {
    child.on('message', (message: FromCardProcess) => {
      if ('error' in message) reject(new Error(message.error));
      else resolve(message);
      child.disconnect();
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => reject(new Error(`share cards: the card process ended (${signal ?? `code ${code}`}) before writing every card`)));
  });
  // Caught here (and reported by `finish`): an unobserved rejection would end the build at once.
  result.catch(() => {});
  const send = (message: ToCardProcess) => child.send(message);
  return {
    result,
    send,
    /** From here the build waits for this process (finish). */
    end() {
      child.ref();
      child.channel?.ref();
      send({ end: true });
    },
    kill: () => child.kill(),
  };
}

/**
 * The share-card processes of one build, fed by the pages' data and waited for at the end. Two where
 * there are two cores: one fills the core the pages leave idle, and the cards still to draw when the
 * search index ends (a single process drew the last 52 s alone at 1,000 directives) take both.
 */
export function startCardProcess(outDir: string, count = Math.min(2, availableParallelism())) {
  const started = performance.now();
  const processes = Array.from({ length: count }, () => cardProcess(outDir));
  let batches = 0;
  let ended = false;
  const sink: ShareCardSink = {
    cards(batch) {
      if (!ended) processes[batches++ % processes.length]?.send({ cards: batch });
    },
    end() {
      if (ended) return;
      ended = true;
      for (const drawer of processes) drawer.end();
    },
  };
  benchMark('share-cards:start');
  const result = Promise.all(processes.map((drawer) => drawer.result)).then((results) => {
    benchMark('share-cards:end');
    return {
      written: results.reduce((sum, { written }) => sum + written, 0),
      peakRss: Math.max(...results.map(({ peakRss }) => peakRss)),
      ms: performance.now() - started,
    };
  });
  result.catch(() => {});
  return {
    sink,
    /** Every card written (how many, the largest process's peak memory); rejects if one failed or none came. */
    async finish() {
      if (!ended) {
        for (const drawer of processes) drawer.kill();
        throw new Error('share cards: the pages handed over no cards (src/data/share-cards.ts)');
      }
      return await result;
    },
  };
}

/**
 * The share card of every directive, recommendation, body and reference page (both languages), drawn
 * beside the build by processes of their own at a low priority: the HTML pages keep one core busy
 * and leave the other mostly idle, which the cards (a quarter of the build's CPU at 1,000 directives)
 * fill. `start`, at the build's start, opens the processes and the sink the pages' data hands the cards to;
 * `finish`, placed after the other steps, waits for the last card and fails the build if any failed.
 */
export default function shareCards(): { start: AstroIntegration; finish: AstroIntegration } {
  let outDir = '';
  let cards: ReturnType<typeof startCardProcess> | undefined;
  const sinks = globalThis as { [SHARE_CARD_SINK]?: ShareCardSink };
  return {
    start: {
      name: 'directive-atlas:share-cards',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = fileURLToPath(config.outDir);
        },
        'astro:server:setup': serveFromLastBuild(() => outDir, ['/og/']),
        'astro:build:start': () => {
          cards = startCardProcess(outDir);
          sinks[SHARE_CARD_SINK] = cards.sink;
        },
      },
    },
    finish: {
      name: 'directive-atlas:share-cards-done',
      hooks: {
        'astro:build:done': async ({ logger }) => {
          delete sinks[SHARE_CARD_SINK];
          if (!cards) throw new Error('share cards: the start step did not run');
          const { written, ms, peakRss } = await cards.finish();
          logger.info(`${written} share cards in ${Math.round(ms)} ms, beside the build (peak of a card process ${Math.round(peakRss / 2 ** 20)} MiB)`);
        },
      },
    },
  };
}

import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Rasterizes share-card SVGs (resvg) on worker threads. resvg takes about 12 ms of CPU a card and the
 * site has a card per directive, recommendation, body and reference page and language (24,800 at 1,000
 * directives): on the main thread that was a third of the build. Here the main thread shapes the text
 * and writes the SVG while the workers rasterize (src/integrations/share-cards.ts keeps them fed).
 */
/** Cards a worker renders between two garbage collections (see WORKER). */
const COLLECT_EVERY = 8;

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
// Each render holds a 3 MB pixmap outside the JS heap until its object is collected and finalized.
// This worker's heap is too small for V8 to collect on its own, and finalizers run only when the event
// loop turns, which it does not between queued messages: the build's memory grew by 3 MB a card (2 GB
// after 600). So the cards are queued here, one rendered per turn of the loop, and the heap collected
// every few cards. (A worker cannot be started with --expose-gc; setting the flag here is the same.)
require('node:v8').setFlagsFromString('--expose-gc');
const collect = require('node:vm').runInNewContext('gc');
const queue = [];
let running = false;
let rendered = 0;
const renderNext = () => {
  const job = queue.shift();
  if (!job) {
    running = false;
    return;
  }
  try {
    // The SVG holds glyph outlines only (text shaped by HarfBuzz): resvg needs no font.
    parentPort.postMessage({ id: job.id, png: new Resvg(job.svg, { font: { loadSystemFonts: false } }).render().asPng() });
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: String(error) });
  }
  if (++rendered % ${COLLECT_EVERY} === 0) collect();
  setImmediate(renderNext);
};
parentPort.on('message', (job) => {
  queue.push(job);
  if (!running) {
    running = true;
    setImmediate(renderNext);
  }
});
`;

interface Pending {
  resolve: (png: Uint8Array) => void;
  reject: (error: Error) => void;
  worker: Worker;
}

let pool: { workers: Worker[]; next: number } | undefined;
const pending = new Map<number, Pending>();
let lastId = 0;

function workers(): { workers: Worker[]; next: number } {
  if (pool) return pool;
  // Resolved from the project (this module runs from Astro's bundled build output).
  const resvg = createRequire(join(process.cwd(), 'package.json')).resolve('@resvg/resvg-js');
  const count = Math.max(1, Math.min(4, availableParallelism()));
  const list = Array.from({ length: count }, () => {
    const worker = new Worker(WORKER, { eval: true, workerData: { resvg } });
    worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
      const request = pending.get(id);
      pending.delete(id);
      settled(worker);
      if (error || !png) request?.reject(new Error(`share card: ${error ?? 'no image'}`));
      else request?.resolve(png);
    });
    worker.on('error', (error) => {
      for (const [id, request] of pending) {
        if (request.worker !== worker) continue;
        pending.delete(id);
        settled(worker);
        request.reject(error);
      }
    });
    // An idle worker does not keep the process alive; one with cards to draw does (see renderCardPng).
    worker.unref();
    return worker;
  });
  pool = { workers: list, next: 0 };
  return pool;
}

/** Cards waiting on each worker: a worker with work keeps the process alive (else Node could exit mid-build). */
const busy = new Map<Worker, number>();
function settled(worker: Worker): void {
  const left = (busy.get(worker) ?? 1) - 1;
  busy.set(worker, left);
  if (left === 0) worker.unref();
}

/** The PNG of a share-card SVG, made on a worker thread. */
export function renderCardPng(svg: string): Promise<Uint8Array> {
  const current = workers();
  const id = ++lastId;
  const worker = current.workers[current.next++ % current.workers.length] as Worker;
  busy.set(worker, (busy.get(worker) ?? 0) + 1);
  worker.ref();
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, worker });
    worker.postMessage({ id, svg });
  });
}

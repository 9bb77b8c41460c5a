import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Rasterizes share-card SVGs (resvg) on worker threads. resvg takes about 12 ms of CPU a card and the
 * site has four cards per directive and language (24,000 at 1,000 directives): on the main thread that
 * was a third of the build. Here the main thread shapes the text and writes the SVG while the other
 * cores rasterize; Astro renders several card pages at once (build.concurrency) to keep them busy.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
parentPort.on('message', ({ id, svg }) => {
  try {
    // The SVG holds glyph outlines only (text shaped by HarfBuzz): resvg needs no font.
    parentPort.postMessage({ id, png: new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng() });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
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

// Scale benchmark: builds the site with N directives (the real letter plus N-1 synthetic ones generated
// in a temporary copy of the project, never in src/content/) and prints, per size: pages, wall and CPU
// seconds of each build step, peak memory, ms per page, dist size, file count, the largest file, the
// files and bytes against common static-host limits, and the bytes a reader's first search fetches
// beyond Pagefind's runtime (gzip, English and Khmer, measured in Chromium). Steps whose cost per page
// grows by more than 20% from one size to the next are flagged as non-linear.
//
// Every size is a cold build: its own project copy, its own node_modules folder (links to the checkout's
// packages, without Astro's and Vite's caches), nothing shared with the checkout or another size.
// Synthetic directives are not copies: each recommendation gets a paragraph of words drawn from a
// vocabulary that grows with the corpus (English and Khmer), so the search index grows as real letters
// would make it grow.
//
// Usage: node scripts/bench-scale.ts [size ...]   (default: 1 100 200; 1000 takes about 30 minutes and 10 GB)
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { chromiumLaunchOptions } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const REAL = 'ocm-265-scn-pb-2025';
const args = process.argv
  .slice(2)
  .map(Number)
  .filter((size) => size >= 1);
const sizes = args.length > 0 ? args : [1, 100, 200];

/** A deterministic pseudo-random sequence (mulberry32), so every run builds the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const latinSyllables = ['ka', 'ro', 'mi', 'te', 'sun', 'val', 'dor', 'pel', 'ti', 'na', 'bre', 'lo', 'gan', 'ser', 'mu', 'fi', 'tor', 'quen', 'da', 'lis', 'por', 've', 'chan', 'ri'];
const khmerConsonants = [...'កខគឃងចឆជឈញដឋឌឍណតថទធនបផពភមយរលវសហឡអ'];
const khmerVowels = ['ា', 'ិ', 'ី', 'ឹ', 'ុ', 'ូ', 'ួ', 'ើ', 'ៀ', 'េ', 'ែ', 'ៃ', 'ោ', 'ៅ', 'ាំ', 'ុំ'];

/** The n-th word of the synthetic vocabulary: a distinct spelling for every n, in each script. */
function syntheticWord(n: number, script: 'latin' | 'khmer'): string {
  const parts: string[] = [];
  let rest = n;
  do {
    if (script === 'latin') parts.push(latinSyllables[rest % latinSyllables.length] ?? '');
    else parts.push(`${khmerConsonants[rest % khmerConsonants.length]}${khmerVowels[Math.floor(rest / khmerConsonants.length) % khmerVowels.length]}`);
    rest = Math.floor(rest / (script === 'latin' ? latinSyllables.length : khmerConsonants.length * khmerVowels.length));
  } while (rest > 0 || parts.length < 2);
  return parts.join('');
}

/**
 * Words for one recommendation of synthetic directive `index`: common words reused across the corpus
 * and new ones, from a vocabulary that grows with the number of directives (as a real corpus's does).
 */
function syntheticParagraph(index: number, number: number, script: 'latin' | 'khmer'): string {
  const next = random(index * 1000 + number);
  const vocabulary = 400 + index * 60;
  const words = Array.from({ length: 40 }, () => syntheticWord(Math.floor(vocabulary * next() ** 2), script));
  return script === 'latin' ? `${words.join(' ')}.` : `${words.join('')}។`;
}

/** The shape of src/content/sentences/<directive>.yaml that the benchmark extends. */
interface StoredSentences {
  directive: string;
  recommendations: { number: number; sentences: { id: string; en: string; km: string; added?: boolean }[] }[];
}

/** N-1 directives shaped like the real letter, with their own ids, numbers, dates and words. */
function addSyntheticDirectives(content: string, count: number): void {
  const directive = readFileSync(join(content, 'directives', `${REAL}.yaml`), 'utf8');
  const recommendationDir = join(content, 'recommendations', REAL);
  const obligationDir = join(content, 'obligations', REAL);
  for (let index = 1; index <= count; index++) {
    const id = `synthetic-${String(index).padStart(4, '0')}`;
    const date = new Date(Date.UTC(2020, 0, 1 + index)).toISOString().slice(0, 10);
    writeFileSync(join(content, 'directives', `${id}.yaml`), directive.replace('number: 265 SCN.PB', `number: ${index} SYN`).replace(/^date: .*$/m, `date: ${date}`));
    // Every directive's text is divided into stored sentences (src/content/sentences/): the synthetic
    // paragraph of each recommendation is one more sentence, in both languages.
    const sentences = parse(readFileSync(join(content, 'sentences', `${REAL}.yaml`), 'utf8')) as StoredSentences;
    sentences.directive = id;
    for (const lang of ['en', 'km'] as const) {
      mkdirSync(join(content, 'recommendations', id, lang), { recursive: true });
      for (const file of readdirSync(join(recommendationDir, lang))) {
        const text = readFileSync(join(recommendationDir, lang, file), 'utf8').replace(`directive: ${REAL}`, `directive: ${id}`);
        const number = Number.parseInt(file, 10);
        const extra = syntheticParagraph(index, number, lang === 'en' ? 'latin' : 'khmer');
        writeFileSync(join(content, 'recommendations', id, lang, file), `${text.trimEnd()}\n\n${extra}\n`);
        const stored = sentences.recommendations.find((recommendation) => recommendation.number === number);
        if (!stored) continue;
        const last = stored.sentences.at(-1);
        const added = last && last.id === `s${stored.sentences.length}` && last.added ? last : { id: `s${stored.sentences.length + 1}`, en: '', km: '', added: true };
        added[lang] = extra;
        if (added !== last) stored.sentences.push(added);
      }
    }
    for (const recommendation of sentences.recommendations) for (const sentence of recommendation.sentences) delete sentence.added;
    writeFileSync(join(content, 'sentences', `${id}.yaml`), stringify(sentences));
    mkdirSync(join(content, 'obligations', id), { recursive: true });
    for (const file of readdirSync(obligationDir)) {
      writeFileSync(join(content, 'obligations', id, file), readFileSync(join(obligationDir, file), 'utf8').replace(`directive: ${REAL}`, `directive: ${id}`));
    }
  }
}

/** A project copy with its own node_modules folder: the packages linked, no caches (.astro, .vite). */
function coldProject(size: number): string {
  const dir = mkdtempSync(join(tmpdir(), `atlas-scale-${size}-`));
  for (const entry of ['src', 'public', 'seeds', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name.startsWith('.')) continue;
    symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
  }
  return dir;
}

interface Sample {
  time: number;
  cpu: number;
  rss: number;
  /** The tree's proportional set size (shared pages counted once), read every PSS_EVERY samples. */
  pss?: number;
}

/**
 * RSS summed over processes counts their shared pages once per process: Chromium's 19 processes share
 * its binary (1,551 MB of RSS, 497 MB of PSS, printing one brief). PSS counts each page once, split among
 * those that share it. It costs the kernel a walk of each process's pages, so it is read once a second.
 */
const PSS_EVERY = 5;

/** Proportional set size of a process in bytes, from /proc/<pid>/smaps_rollup. */
function procPss(pid: number): number {
  try {
    return Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

const CLOCK_TICKS = 100;
const PAGE_SIZE = 4096;

/** CPU seconds (user + system) and resident bytes of a process, from /proc. */
function procStat(pid: number): { cpu: number; rss: number; ppid: number; name: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    return { name, ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS, rss: Number(fields[21]) * PAGE_SIZE };
  } catch {
    return undefined;
  }
}

/** Runs `astro build` in `dir`, sampling its whole process tree (Pagefind's binary included) every 200 ms. */
async function build(dir: string): Promise<{ samples: Sample[]; peaks: Map<string, number>; marks: Record<string, number>; wall: number; output: string }> {
  const marksFile = join(dir, 'bench-marks.json');
  const started = Date.now();
  const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, env: { ...process.env, BENCH_MARKS: marksFile }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const samples: Sample[] = [];
  const lastCpu = new Map<number, number>();
  const peaks = new Map<string, number>();
  const sample = () => {
    const tree = new Set([child.pid ?? -1]);
    const stats = new Map<number, { cpu: number; rss: number; ppid: number; name: string }>();
    for (const name of readdirSync('/proc')) {
      const pid = Number(name);
      if (!Number.isInteger(pid)) continue;
      const stat = procStat(pid);
      if (stat) stats.set(pid, stat);
    }
    let grew = true;
    while (grew) {
      grew = false;
      for (const [pid, stat] of stats) {
        if (!tree.has(pid) && tree.has(stat.ppid)) {
          tree.add(pid);
          grew = true;
        }
      }
    }
    let rss = 0;
    let pss = 0;
    const readPss = samples.length % PSS_EVERY === 0;
    const byName = new Map<string, number>();
    for (const pid of tree) {
      const stat = stats.get(pid);
      if (!stat) continue;
      rss += stat.rss;
      if (readPss) pss += procPss(pid);
      // The build's own process apart: Node names its main thread (and so the share-card processes) MainThread too.
      const name = pid === child.pid ? 'astro build' : stat.name;
      byName.set(name, (byName.get(name) ?? 0) + stat.rss);
      lastCpu.set(pid, stat.cpu);
    }
    for (const [name, bytes] of byName) peaks.set(name, Math.max(peaks.get(name) ?? 0, bytes));
    samples.push({ time: Date.now(), cpu: [...lastCpu.values()].reduce((sum, cpu) => sum + cpu, 0), rss, ...(readPss ? { pss } : {}) });
  };
  const timer = setInterval(sample, 200);
  const code = await new Promise<number>((resolve) => child.on('exit', (status) => resolve(status ?? 1)));
  clearInterval(timer);
  if (code !== 0) throw new Error(`astro build failed:\n${output.slice(-3000)}`);
  const marks = existsSync(marksFile) ? (JSON.parse(`{${readFileSync(marksFile, 'utf8').trim().replace(/,$/, '')}}`) as Record<string, number>) : {};
  return { samples, peaks, marks: { start: started, ...marks, end: Date.now() }, wall: (Date.now() - started) / 1000, output };
}

/** Cumulative CPU seconds of the build's process tree at a time (the last sample before it). */
function cpuAt(samples: Sample[], time: number): number {
  let cpu = 0;
  for (const sample of samples) {
    if (sample.time > time) break;
    cpu = sample.cpu;
  }
  return cpu;
}

/** The kinds of file whose largest one the benchmark prints: what a reader or a host must take whole. */
const fileKinds = { html: (name: string) => name.endsWith('.html'), data: (name: string) => name.startsWith('data/'), pdf: (name: string) => name.endsWith('.pdf') } as const;

function walk(dir: string): { files: number; bytes: number; largest: { path: string; bytes: number }; largestOf: Record<keyof typeof fileKinds, { path: string; bytes: number }> } {
  let files = 0;
  let bytes = 0;
  let largest = { path: '', bytes: 0 };
  const largestOf = { html: { path: '', bytes: 0 }, data: { path: '', bytes: 0 }, pdf: { path: '', bytes: 0 } };
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stats = statSync(join(dir, name));
    if (!stats.isFile()) continue;
    files += 1;
    bytes += stats.size;
    if (stats.size > largest.bytes) largest = { path: name, bytes: stats.size };
    for (const kind of Object.keys(fileKinds) as (keyof typeof fileKinds)[]) if (fileKinds[kind](name) && stats.size > largestOf[kind].bytes) largestOf[kind] = { path: name, bytes: stats.size };
  }
  return { files, bytes, largest, largestOf };
}

/** Pagefind's fixed runtime: its scripts and WebAssembly, the same bytes at every size. */
const isRuntime = (path: string) => path.startsWith('/pagefind/') && (path.endsWith('.js') || path.endsWith('.pagefind'));

const queries = { en: 'cybersecurity', km: 'សន្តិសុខសាយប័រ' } as const;

/** Gzip bytes a reader fetches for a first search, measured once every response has arrived. */
/** A phone (the public's device: filters one tap away) and a wide screen (filters shown beside the results). */
const viewports = { phone: { width: 412, height: 915 }, wide: { width: 1280, height: 800 } } as const;

async function firstQuery(
  dist: string,
  lang: keyof typeof queries,
  viewport: keyof typeof viewports,
): Promise<{ runtime: number; beyond: number; files: number; results: number; parts: Record<string, number> }> {
  const server = await startStaticServer({ dir: dist });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: viewports[viewport] });
    const bodies: Promise<{ path: string; gzip: number }>[] = [];
    page.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (!path.startsWith('/pagefind/') && !path.startsWith('/pagefind-parts/') && !path.startsWith('/search/')) return;
      bodies.push(
        (async () => {
          const response = await request.response();
          const body = response ? await response.body() : Buffer.alloc(0);
          return { path, gzip: gzipSync(body).length };
        })(),
      );
    });
    await page.goto(new URL(`/${lang}/search/?q=${encodeURIComponent(queries[lang])}`, server.url).href);
    await page.waitForSelector('#search-results li.result', { timeout: 300_000 });
    await page.waitForLoadState('networkidle');
    const results = await page.locator('#search-results li.result').count();
    const fetched = await Promise.all(bodies);
    const runtime = fetched.filter((file) => isRuntime(file.path)).reduce((sum, file) => sum + file.gzip, 0);
    const beyond = fetched.filter((file) => !isRuntime(file.path));
    const parts: Record<string, number> = {};
    for (const file of beyond) {
      const part = /\.pf_(\w+)$/.exec(file.path)?.[1] ?? (file.path.startsWith('/search/') ? 'vocabulary' : 'other');
      parts[part] = (parts[part] ?? 0) + file.gzip;
    }
    return { runtime, beyond: beyond.reduce((sum, file) => sum + file.gzip, 0), files: beyond.length, results, parts };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Documented limits of common static hosts (check your host's current terms). */
const hostLimits = [
  { host: 'Cloudflare Pages', files: 20_000, fileBytes: 25 * 1024 * 1024 },
  { host: 'GitHub Pages', siteBytes: 1024 * 1024 * 1024, fileBytes: 100 * 1024 * 1024 },
];

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const gb = (bytes: number) => (bytes / 1e9).toFixed(2);

interface Row {
  size: number;
  pages: number;
  steps: Record<string, { wall: number; cpu: number; peak?: number; peakPss?: number }>;
  peak: number;
  peakPss: number;
  msPerPage: number;
  dist: ReturnType<typeof walk>;
  query: Record<keyof typeof queries, Awaited<ReturnType<typeof firstQuery>>>;
  queryWide: Record<keyof typeof queries, Awaited<ReturnType<typeof firstQuery>>>;
}

const rows: Row[] = [];
console.log('Scale: the site built with N directives (1 real + N-1 synthetic, each with its own words), cold builds');
for (const size of sizes) {
  const dir = coldProject(size);
  try {
    addSyntheticDirectives(join(dir, 'src/content'), size - 1);
    const run = await build(dir);
    const dist = join(dir, 'dist');
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;
    const marks = run.marks;
    const m = (name: string) => marks[name];
    const end = marks.end ?? Date.now();
    const pagesEnd = m('khmer-font:start') ?? m('search-index:start') ?? end;
    const spans: [string, number, number][] = [
      ['astro pages', marks.start ?? end, pagesEnd],
      ['khmer font', m('khmer-font:start') ?? pagesEnd, m('khmer-font:end') ?? pagesEnd],
      // The PDF briefs are printed between the font subset and the search index (integration order).
      ['briefs', m('khmer-font:end') ?? pagesEnd, m('search-index:start') ?? end],
      ['search index', m('search-index:start') ?? end, m('search-index:end') ?? end],
    ];
    const steps: Row['steps'] = {};
    const peakIn = (from: number, to: number, of: (sample: Sample) => number) => Math.max(0, ...run.samples.filter((sample) => sample.time >= from && sample.time <= to).map(of));
    for (const [name, from, to] of spans)
      steps[name] = {
        wall: (to - from) / 1000,
        cpu: cpuAt(run.samples, to) - cpuAt(run.samples, from),
        peak: peakIn(from, to, (sample) => sample.rss),
        peakPss: peakIn(from, to, (sample) => sample.pss ?? 0),
      };
    steps.total = { wall: run.wall, cpu: run.samples.at(-1)?.cpu ?? 0 };
    const peak = Math.max(0, ...run.samples.map((sample) => sample.rss));
    const peakPss = Math.max(0, ...run.samples.map((sample) => sample.pss ?? 0));
    const query = { en: await firstQuery(dist, 'en', 'phone'), km: await firstQuery(dist, 'km', 'phone') };
    const queryWide = { en: await firstQuery(dist, 'en', 'wide'), km: await firstQuery(dist, 'km', 'wide') };
    const row: Row = { size, pages, steps, peak, peakPss, msPerPage: (1000 * steps.total.cpu) / pages, dist: walk(dist), query, queryWide };
    rows.push(row);
    console.log(`\n== ${size} directive(s): ${pages} pages`);
    for (const [name, step] of Object.entries(steps))
      console.log(
        `  ${name.padEnd(13)} wall ${step.wall.toFixed(1).padStart(7)} s   CPU ${step.cpu.toFixed(1).padStart(7)} s   ${((1000 * step.cpu) / pages).toFixed(1)} CPU ms per page${step.peak ? `, peak ${gb(step.peak)} GB RSS summed (${gb(step.peakPss ?? 0)} PSS)` : ''}`,
      );
    // The share cards are drawn beside the pages and the steps after them (their CPU is in those steps' figures).
    if (m('share-cards:start') && m('share-cards:end'))
      console.log(`  share cards   wall ${(((m('share-cards:end') ?? 0) - (m('share-cards:start') ?? 0)) / 1000).toFixed(1).padStart(7)} s   beside the pages and the steps after them`);
    const byProcess = [...run.peaks].filter(([, bytes]) => bytes > 50e6).map(([name, bytes]) => `${name} ${gb(bytes)}`);
    console.log(`  peak memory   ${gb(peak)} GB (whole process tree, RSS summed; peaks: ${byProcess.join(', ')}), ${mib(peak / size)} MiB per directive`);
    console.log(`  peak PSS      ${gb(peakPss)} GB (whole process tree, shared pages counted once; read once a second)`);
    console.log(`  dist          ${mib(row.dist.bytes)} MiB in ${row.dist.files} files; largest ${row.dist.largest.path} ${mib(row.dist.largest.bytes)} MiB`);
    console.log(
      `  largest by kind ${Object.entries(row.dist.largestOf)
        .map(([kind, file]) => `${kind}: ${file.path || 'none'} ${kib(file.bytes)} KiB`)
        .join('; ')}`,
    );
    for (const limit of hostLimits) {
      const checks = [
        limit.files === undefined ? '' : `files ${row.dist.files}/${limit.files} ${row.dist.files > limit.files ? 'OVER' : 'ok'}`,
        limit.siteBytes === undefined ? '' : `site ${mib(row.dist.bytes)}/${mib(limit.siteBytes)} MiB ${row.dist.bytes > limit.siteBytes ? 'OVER' : 'ok'}`,
        `largest file ${mib(row.dist.largest.bytes)}/${mib(limit.fileBytes)} MiB ${row.dist.largest.bytes > limit.fileBytes ? 'OVER' : 'ok'}`,
      ].filter(Boolean);
      console.log(`  ${limit.host.padEnd(17)} ${checks.join(', ')}`);
    }
    for (const [viewport, measured] of [
      ['phone', query],
      ['wide', queryWide],
    ] as const)
      for (const lang of Object.keys(queries) as (keyof typeof queries)[]) {
        const q = measured[lang];
        console.log(
          `  first query ${lang} ${viewport} "${queries[lang]}": ${kib(q.beyond)} KiB gzip beyond Pagefind's runtime (${q.files} files: ${Object.entries(q.parts)
            .map(([part, bytes]) => `${part} ${kib(bytes)}`)
            .join(', ')}; runtime ${kib(q.runtime)} KiB), ${q.results} results shown`,
        );
      }
  } finally {
    // BENCH_KEEP=1 keeps the project copy (to profile it); every run is cold all the same.
    if (process.env.BENCH_KEEP) console.log(`  kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

console.log(
  '\ndirectives | pages | astro pages CPU s | khmer font CPU s | briefs CPU s | search index CPU s | total CPU s (wall s) | CPU ms per page | peak memory GB, RSS summed (PSS) | dist MiB | files | largest file MiB | first query KiB gzip en/km, phone (wide)',
);
for (const row of rows) {
  console.log(
    [
      row.size,
      row.pages,
      row.steps['astro pages']?.cpu.toFixed(1),
      row.steps['khmer font']?.cpu.toFixed(1),
      row.steps.briefs?.cpu.toFixed(1),
      row.steps['search index']?.cpu.toFixed(1),
      `${row.steps.total?.cpu.toFixed(1)} (${row.steps.total?.wall.toFixed(1)})`,
      row.msPerPage.toFixed(1),
      `${gb(row.peak)} (${gb(row.peakPss)})`,
      mib(row.dist.bytes),
      row.dist.files,
      `${mib(row.dist.largest.bytes)} (${row.dist.largest.path})`,
      `${kib(row.query.en.beyond)} / ${kib(row.query.km.beyond)} (${kib(row.queryWide.en.beyond)} / ${kib(row.queryWide.km.beyond)})`,
    ].join(' | '),
  );
}

// Non-linear: a step's CPU per page growing by more than 20% from one size to the next (sizes of
// 50 directives and more: below that, fixed costs dominate), or first-query bytes growing.
const flags: string[] = [];
const comparable = rows.filter((row) => row.size >= 50);
for (let index = 1; index < comparable.length; index++) {
  const [before, after] = [comparable[index - 1], comparable[index]];
  if (!before || !after) continue;
  for (const name of Object.keys(after.steps)) {
    const perPage = (row: Row) => (row.steps[name]?.cpu ?? 0) / row.pages;
    if (perPage(before) > 0 && perPage(after) > 1.2 * perPage(before) && (after.steps[name]?.cpu ?? 0) > 5)
      flags.push(`${name}: ${(1000 * perPage(before)).toFixed(1)} -> ${(1000 * perPage(after)).toFixed(1)} CPU ms per page from ${before.size} to ${after.size} directives`);
  }
  if (after.peak / after.size > 1.2 * (before.peak / before.size)) flags.push(`peak memory per directive grows from ${before.size} to ${after.size}`);
  for (const lang of Object.keys(queries) as (keyof typeof queries)[])
    if (after.query[lang].beyond > 1.2 * before.query[lang].beyond) flags.push(`first query (${lang}) grows: ${kib(before.query[lang].beyond)} -> ${kib(after.query[lang].beyond)} KiB gzip`);
}
console.log(flags.length === 0 ? '\nno non-linear step' : `\nNON-LINEAR:\n${flags.map((flag) => `  ${flag}`).join('\n')}`);
if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(rows, null, 2));

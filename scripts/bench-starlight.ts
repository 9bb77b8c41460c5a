// Comparison with Starlight (@astrojs/starlight, the stock Astro documentation site) on the same content:
// builds a Starlight site in a scratch folder outside the repository (default /tmp/starlight-compare; it
// is never committed) from our built pages' text, serves both sites, and measures in Chromium, same run:
// the recommendation page's gzip bytes, and a first search with an empty cache, on localhost and on a
// slow link (150 ms, 1.6 Mbit/s). Usage: node scripts/bench-starlight.ts [folder]
// Needs our built site (npm run build), network once (npm install in the folder), and Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';
import { chromium, type Browser } from 'playwright-core';
import { firstResultAt, ourFirstSearch, phonePage, recordResponses, watchFirstResult } from './bench-browser.ts';
import { benchDist, median } from './bench-pages.ts';
import { chromiumLaunchOptions } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const folder = process.argv[2] ?? '/tmp/starlight-compare';
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
// Queries both sites answer: Starlight's Pagefind does not split Khmer into words, so it finds a Khmer word
// only at the start of a run of Khmer between spaces ("ក្រសួង", ministry, starts many).
const queries = { en: 'cybersecurity', km: 'ក្រសួង' } as const;
const BLOCKS = 'h2,h3,h4,p,li,blockquote,dt,dd,td,th,figcaption';
const escape = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>{}|]/g, (char) => `\\${char}`)
    .replace(/^([#+-]|\d+\.)/, '\\$1');

/** One Markdown page per indexed page of ours: its title and the text of its main content, block by block. */
function writeContent(): number {
  const docs = join(folder, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  let count = 0;
  for (const name of readdirSync(benchDist, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('index.html') || !/^(en|km)[/\\]/.test(name)) continue;
    const root = parse(readFileSync(join(benchDist, name), 'utf8'));
    const main = root.querySelector('main[data-pagefind-body]');
    if (!main) continue;
    const title = main.querySelector('h1')?.text.trim() ?? name;
    const lines = main
      .querySelectorAll(BLOCKS)
      .filter((element) => element.querySelector(BLOCKS) === null && element.closest('.visually-hidden') === null)
      .map((element) => (/^h\d$/i.test(element.tagName) ? `${'#'.repeat(Number(element.tagName[1]))} ${escape(element.text)}` : escape(element.text)))
      .filter((line) => line.replace(/^#+ /, '') !== '');
    const path = relative('', name)
      .split(sep)
      .join('/')
      .replace(/index\.html$/, '');
    const file = join(docs, path === 'en/' || path === 'km/' ? `${path}index.md` : `${path.replace(/\/$/, '')}.md`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `---\ntitle: ${JSON.stringify(title)}\n---\n\n${lines.join('\n\n')}\n`);
    count++;
  }
  writeFileSync(
    join(folder, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Directive Atlas (Starlight)', defaultLocale: 'en', locales: { en: { label: 'English' }, km: { label: 'ខ្មែរ', lang: 'km' } } })] });\n`,
  );
  mkdirSync(join(folder, 'src'), { recursive: true });
  writeFileSync(
    join(folder, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  return count;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: folder, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${folder}`);
}

/** Starlight's search: the page loaded (its search UI set up when idle), the dialog opened, the query typed. */
async function starlightFirstSearch(browser: Browser, base: string, lang: string, query: string, throttled: boolean, mode: 'arrive' | 'typed') {
  const { context, page } = await phonePage(browser, throttled);
  try {
    await watchFirstResult(page, '.pagefind-ui__result');
    const fetched = recordResponses(page, new URL(base).origin);
    await page.goto(new URL(`/${lang}/directives/ocm-265-scn-pb-2025/recommendations/4/`, base).href, { waitUntil: mode === 'arrive' ? 'domcontentloaded' : 'networkidle' });
    await page.click('site-search button[data-open-modal]');
    const input = page.locator('.pagefind-ui__search-input');
    await input.waitFor({ timeout: 120_000 });
    const start = await page.evaluate(() => performance.now());
    await input.fill(query);
    await page.waitForSelector('.pagefind-ui__result', { timeout: 60_000 });
    const ms = (await firstResultAt(page)) - (mode === 'arrive' ? 0 : start);
    await page.waitForLoadState('networkidle');
    await fetched.settled();
    return { ms, bytes: fetched.total() };
  } finally {
    await context.close();
  }
}

/** Gzip bytes of a first visit to a page. */
async function pageBytes(browser: Browser, url: string): Promise<number> {
  const { context, page } = await phonePage(browser, false);
  const fetched = recordResponses(page, new URL(url).origin);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  await fetched.settled();
  await context.close();
  return fetched.total();
}

console.log(`Starlight comparison in ${folder}: ${writeContent()} pages written from ${benchDist}`);
if (!existsSync(join(folder, 'node_modules/@astrojs/starlight'))) run('npm', ['install', '--no-audit', '--no-fund', 'astro@^7.3.5', '@astrojs/starlight@^0.42.4']);
run(process.execPath, [join(folder, 'node_modules/astro/bin/astro.mjs'), 'build']);
// Its pages live under /en/ and /km/; our file server wants a home page at the root.
if (!existsSync(join(folder, 'dist/index.html'))) writeFileSync(join(folder, 'dist/index.html'), '<!doctype html><title>Starlight</title><a href="/en/">English</a>');
const ours = await startStaticServer({ dir: benchDist });
const theirs = await startStaticServer({ dir: join(folder, 'dist') });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  console.log('\nRecommendation 4, first visit, gzip bytes (ours / Starlight = ratio)');
  for (const lang of ['en', 'km']) {
    const path = `/${lang}/directives/ocm-265-scn-pb-2025/recommendations/4/`;
    const a = await pageBytes(browser, new URL(path, ours.url).href);
    const b = await pageBytes(browser, new URL(path, theirs.url).href);
    console.log(`${lang}\t${a} / ${b} = ${(a / b).toFixed(2)}`);
  }
  console.log(`\nFirst search, empty cache, 412 px, median of ${runs} runs: ms to the first result (gzip KiB fetched)`);
  console.log('  arrive: ours from navigation to /search/?q= ; Starlight from navigation to a page, dialog opened and query typed at once');
  console.log('  typed: the page loaded and idle, then the query submitted (ours) or typed in the dialog (Starlight), to the first result');
  console.log(['lang', 'link', 'how', 'ours ms', 'Starlight ms', 'ratio', 'ours KiB', 'Starlight KiB'].join('\t'));
  for (const lang of ['en', 'km'] as const) {
    for (const throttled of [false, true]) {
      for (const mode of ['arrive', 'typed'] as const) {
        const a: { ms: number; bytes: number }[] = [];
        const b: { ms: number; bytes: number }[] = [];
        // Alternated, so that both sites see the same machine load.
        for (let index = 0; index < runs; index++) {
          a.push(await ourFirstSearch(browser, ours.url, lang, queries[lang], throttled, mode));
          b.push(await starlightFirstSearch(browser, theirs.url, lang, queries[lang], throttled, mode));
        }
        const [oursMs, theirMs] = [median(a.map((s) => s.ms)), median(b.map((s) => s.ms))];
        const kib = (values: number[]) => (median(values) / 1024).toFixed(1);
        console.log(
          [lang, throttled ? 'slow' : 'local', mode, Math.round(oursMs), Math.round(theirMs), (oursMs / theirMs).toFixed(2), kib(a.map((s) => s.bytes)), kib(b.map((s) => s.bytes))].join('\t'),
        );
      }
    }
  }
} finally {
  await browser.close();
  await ours.close();
  await theirs.close();
}

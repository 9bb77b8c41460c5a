// Scale benchmark: builds the site with 1, 100 and 1,000 directives (the real letter plus synthetic
// copies generated in a temporary folder, never in src/content/) and prints build time, page count,
// dist size, search index size and bytes fetched for a first query at each size.
// Usage: node scripts/bench-scale.ts [size ...]   (default: 1 100 1000)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const REAL = 'ocm-265-scn-pb-2025';
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((size) => size >= 1);

/** Copies of the real letter under new ids, numbers and dates: same shape, so growth is comparable. */
function addSyntheticDirectives(content: string, count: number): void {
  const directive = readFileSync(join(content, 'directives', `${REAL}.yaml`), 'utf8');
  const recommendationDir = join(content, 'recommendations', REAL);
  const obligationDir = join(content, 'obligations', REAL);
  for (let index = 1; index <= count; index++) {
    const id = `synthetic-${String(index).padStart(4, '0')}`;
    const date = new Date(Date.UTC(2020, 0, 1 + index)).toISOString().slice(0, 10);
    writeFileSync(join(content, 'directives', `${id}.yaml`), directive.replace('number: 265 SCN.PB', `number: ${index} SYN`).replace(/^date: .*$/m, `date: ${date}`));
    for (const lang of ['en', 'km']) {
      mkdirSync(join(content, 'recommendations', id, lang), { recursive: true });
      for (const file of readdirSync(join(recommendationDir, lang))) {
        writeFileSync(join(content, 'recommendations', id, lang, file), readFileSync(join(recommendationDir, lang, file), 'utf8').replace(`directive: ${REAL}`, `directive: ${id}`));
      }
    }
    // Every directive's recommendations are divided into stored sentences (src/content/sentences/).
    writeFileSync(join(content, 'sentences', `${id}.yaml`), readFileSync(join(content, 'sentences', `${REAL}.yaml`), 'utf8').replace(`directive: ${REAL}`, `directive: ${id}`));
    mkdirSync(join(content, 'obligations', id), { recursive: true });
    for (const file of readdirSync(obligationDir)) {
      writeFileSync(join(content, 'obligations', id, file), readFileSync(join(obligationDir, file), 'utf8').replace(`directive: ${REAL}`, `directive: ${id}`));
    }
  }
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, name) => {
    const stats = statSync(join(dir, name));
    return stats.isFile() ? sum + stats.size : sum;
  }, 0);
}

function timed(command: string[], cwd: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, command, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed:\n${result.stderr.slice(-2000)}`);
  return (performance.now() - start) / 1000;
}

async function firstQueryBytes(dist: string): Promise<number> {
  const server = await startStaticServer({ dir: dist });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('response', async (response) => {
      if (new URL(response.url()).pathname.startsWith('/pagefind/')) bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(new URL('/en/search/?q=cybersecurity', server.url).href);
    await page.waitForSelector('#search-results li.result', { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    return bytes;
  } finally {
    await browser.close();
    await server.close();
  }
}

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
console.log('Scale: the site built with N directives (1 real + N-1 synthetic copies)');
console.log(['directives', 'astro build s (search index included)', 'pages', 'dist MiB', 'pagefind MiB', 'first query KiB', 'ms per page'].join('\t'));
for (const size of sizes.length > 0 ? sizes : [1, 100, 1000]) {
  const dir = mkdtempSync(join(tmpdir(), `atlas-scale-${size}-`));
  try {
    for (const entry of ['src', 'public', 'seeds', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, entry), join(dir, entry), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    addSyntheticDirectives(join(dir, 'src/content'), size - 1);
    const astroSeconds = timed([join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], dir);
    const dist = join(dir, 'dist');
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('index.html')).length;
    const queryBytes = await firstQueryBytes(dist);
    console.log(
      [size, astroSeconds.toFixed(1), pages, mib(folderBytes(dist)), mib(folderBytes(join(dist, 'pagefind'))), (queryBytes / 1024).toFixed(0), ((1000 * astroSeconds) / pages).toFixed(1)].join('\t'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Search benchmark: index size, bytes a reader downloads for a first query, and query latency
// (median of many queries), in English and Khmer. Prints figures; asserts nothing.
// Needs a built site (npm run build) and Debian's Chromium.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const pagefindDir = join(dist, 'pagefind');

function sizes(dir: string, filter: (name: string) => boolean = () => true): { raw: number; gzip: number; files: number } {
  let raw = 0;
  let gzip = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, name);
    if (!statSync(path).isFile() || !filter(name)) continue;
    const bytes = readFileSync(path);
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
    files++;
  }
  return { raw, gzip, files };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const queries = {
  en: [
    'National Data Center',
    'counterfeit goods',
    'cybersecurity',
    'scholarships',
    'Cambodia Post',
    'digital literacy',
    '5G',
    'online scams',
    'interoperability',
    'Ministry of Commerce',
    'artificial intelligence',
    'DG SuperApp',
    'technical review',
    'encryption',
    'submarine cable',
    'World Health Organization',
    'postal services',
    'governance',
    'civil servants',
    'Digital Park',
  ],
  km: [
    'មជ្ឈមណ្ឌលទិន្នន័យជាតិ',
    'ទំនិញក្លែងក្លាយ',
    'សន្តិសុខសាយប័រ',
    'អាហារូបករណ៍',
    'ប្រៃសណីយ៍កម្ពុជា',
    'អក្ខរកម្មឌីជីថល',
    'ការឆបោក',
    'ក្រសួងពាណិជ្ជកម្ម',
    'បញ្ញាសិប្បនិម្មិត',
    'DG SuperApp',
    'ការអ៊ិនគ្រីប',
    'អង្គការសុខភាពពិភពលោក',
    'អភិបាលកិច្ច',
    'មន្ត្រីរាជការ',
    'សួនឌីជីថល',
    'ទូរគមនាគមន៍',
    'រដ្ឋាភិបាលឌីជីថល',
    'អនុក្រឹត្យ',
    '២០២៥',
    'ធនាគារជាតិនៃកម្ពុជា',
  ],
};

console.log('Search benchmark (Pagefind)');
const total = sizes(pagefindDir);
console.log(`index: ${total.files} files, ${kb(total.raw)} raw, ${kb(total.gzip)} gzip (both languages)`);
for (const lang of ['en', 'km']) {
  const own = sizes(pagefindDir, (name) => name.includes(`${lang}_`) || name.includes(`/${lang}`) || name.startsWith(`wasm.${lang}`));
  console.log(`index ${lang}: ${own.files} files, ${kb(own.raw)} raw, ${kb(own.gzip)} gzip`);
}

const server = await startStaticServer({ dir: dist });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const lang of ['en', 'km'] as const) {
    const page = await browser.newPage();
    let fetched = 0;
    const counted: string[] = [];
    page.on('response', async (response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith('/pagefind/') || url.pathname.startsWith('/search/') || url.pathname.startsWith('/_astro/')) {
        const body = await response.body().catch(() => Buffer.alloc(0));
        fetched += body.length;
        counted.push(url.pathname);
      }
    });
    await page.goto(new URL(`/${lang}/search/?q=${encodeURIComponent(queries[lang][0] ?? '')}`, server.url).href);
    await page.waitForSelector('#search-results li.result', { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    console.log(
      `${lang}: first query "${queries[lang][0]}": ${kb(fetched)} fetched in ${counted.length} requests (search script, Pagefind, index chunks${lang === 'km' ? ', Khmer vocabulary' : ''}; uncompressed)`,
    );
    // Latency: each query 5 times after a warm-up, in the page, as the search page runs it (top 10 results' data).
    const timings: number[] = await page.evaluate(`(async (list) => {
      const pagefind = await import('/pagefind/pagefind.js');
      const times = [];
      for (const query of list) await pagefind.search(query);
      for (let round = 0; round < 5; round++) {
        for (const query of list) {
          const start = performance.now();
          const search = await pagefind.search(query);
          await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
          times.push(performance.now() - start);
        }
      }
      return times;
    })(${JSON.stringify(queries[lang])})`);
    timings.sort((a, b) => a - b);
    const median = timings[Math.floor(timings.length / 2)] ?? 0;
    const p95 = timings[Math.floor(timings.length * 0.95)] ?? 0;
    console.log(`${lang}: query latency over ${timings.length} queries: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

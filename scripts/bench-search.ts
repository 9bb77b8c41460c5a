// Search benchmark: what the real search page does, driven in Chromium on a phone-sized screen.
// For each language: a first query with an empty cache (arriving with it in the address, and typed on
// the loaded page), on localhost and on a slow link (150 ms, 1.6 Mbit/s): time to the first result,
// gzip bytes fetched by kind, requests, and the page's layout shift (CLS); then the latency and hit
// count of later queries, typed into the page's own form. Compares with bench/budgets.json.
// Prints figures; asserts nothing. Needs a built site and Debian's Chromium.
import { chromium, type Page } from 'playwright-core';
import { ourFirstSearch } from './bench-browser.ts';
import { benchDist, budgets, firstQueries, median, overBudget } from './bench-pages.ts';
import { chromiumLaunchOptions } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

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
    'MEF',
  ],
  km: [
    'មជ្ឈមណ្ឌលទិន្នន័យជាតិ',
    'ទំនិញក្លែងក្លាយ',
    'សន្តិសុខសាយប័រ',
    'សន្ដិសុខសាយប័រ',
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
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Types each query into the page's form and waits for its answer; ms from submit, and the count shown. */
async function laterQueries(page: Page, list: string[]): Promise<{ query: string; ms: number; status: string }[]> {
  const out = [];
  for (const query of list) {
    await page.fill('#search-page-q', query);
    const [ms, status] = await page.evaluate(
      () =>
        new Promise<[number, string]>((resolve) => {
          const status = document.getElementById('search-status') as HTMLElement;
          const list = document.getElementById('search-results') as HTMLElement;
          const start = performance.now();
          (document.getElementById('search-page-form') as HTMLFormElement).requestSubmit();
          const loading = status.textContent;
          const check = () => {
            if (status.textContent !== loading && (list.childElementCount > 0 || !/\d|[០-៩]/.test(status.textContent ?? ''))) {
              observer.disconnect();
              resolve([performance.now() - start, status.textContent ?? '']);
            }
          };
          const observer = new MutationObserver(check);
          observer.observe(document.getElementById('main') as HTMLElement, { childList: true, subtree: true, characterData: true });
        }),
    );
    out.push({ query, ms, status });
  }
  return out;
}

const server = await startStaticServer({ dir: benchDist });
const browser = await chromium.launch(chromiumLaunchOptions());
const over: string[] = [];
console.log(`Search benchmark: the real search page, 412 px wide, empty cache, median of ${runs} runs (gzip KiB on the wire)`);
console.log(['lang', 'link', 'how', 'first result ms', 'KiB', 'html', 'css', 'js', 'font', 'search data', 'requests', 'CLS', 'hits'].join('\t'));
try {
  for (const lang of ['en', 'km'] as const) {
    for (const throttled of [false, true]) {
      for (const mode of ['arrive', 'typed'] as const) {
        const samples: Awaited<ReturnType<typeof ourFirstSearch>>[] = [];
        for (let run = 0; run < runs; run++) samples.push(await ourFirstSearch(browser, server.url, lang, firstQueries[lang], throttled, mode));
        const m = (pick: (sample: (typeof samples)[number]) => number) => median(samples.map(pick));
        const ms = m((s) => s.ms);
        const bytes = m((s) => s.bytes);
        const cls = m((s) => s.cls);
        console.log(
          [
            lang,
            throttled ? 'slow' : 'local',
            mode,
            Math.round(ms),
            kb(bytes),
            ...(['html', 'css', 'js', 'font', 'search'] as const).map((kind) => kb(m((s) => s.byKind[kind]))),
            m((s) => s.requests),
            cls.toFixed(3),
            m((s) => s.hits),
          ].join('\t'),
        );
        const budget = budgets.search[lang];
        if (mode === 'arrive') {
          over.push(...overBudget(`search ${lang} ${throttled ? 'slow link' : 'localhost'}`, { [throttled ? 'throttledMs' : 'ms']: Math.round(ms), bytes }, budget ?? {}));
          over.push(...overBudget(`search ${lang} ${throttled ? 'slow link' : 'localhost'}`, { cls }, { cls: budgets.lighthouse.maxCls }));
        }
      }
    }
  }
  for (const lang of ['en', 'km'] as const) {
    const page = await browser.newPage();
    await page.goto(new URL(`/${lang}/search/`, server.url).href, { waitUntil: 'networkidle' });
    await laterQueries(page, queries[lang]); // warm-up: every file each query needs
    const rounds = [];
    for (let round = 0; round < 3; round++) rounds.push(await laterQueries(page, queries[lang]));
    const times = rounds.flat().map((entry) => entry.ms);
    console.log(`${lang}: later queries, typed into the page: median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms over ${times.length}`);
    console.log(`${lang}: what the page says: ${rounds[0]!.map((entry) => `${entry.query} = ${entry.status}`).join(' | ')}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(over.length > 0 ? over.join('\n') : 'Search: within budget');

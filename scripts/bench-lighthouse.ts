// Lighthouse (pinned in package.json, mobile settings, simulated slow 4G) on every page type in both
// languages, with Debian's Chromium: several runs per page (BENCH_RUNS, default 3), medians printed:
// the four category scores, LCP, TBT, CLS, and the main thread's style/layout and script time.
// Compares with bench/budgets.json and says what is over. Prints figures; asserts nothing.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH } from './chromium.mjs';
import { benchDist, budgets, langPath, median, pageTypes } from './bench-pages.ts';
import { startStaticServer } from './static-server.mjs';

const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const only = process.argv.slice(2);
const server = await startStaticServer({ dir: benchDist });
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const version = (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version;
console.log(`Lighthouse ${version}, mobile, median of ${runs} runs; scores out of 100, times in ms`);
console.log(['page', 'lang', 'perf', 'a11y', 'best', 'seo', 'LCP', 'TBT', 'CLS', 'style+layout', 'script'].join('\t'));
const over: string[] = [];
try {
  for (const [name, path] of pageTypes) {
    if (only.length > 0 && !only.includes(name)) continue;
    for (const lang of ['en', 'km']) {
      // The search page is measured with a query, as readers arrive on it from the header's search box.
      const url = new URL(langPath(path, lang) + (name === 'search' ? `?q=${lang === 'en' ? 'cybersecurity' : encodeURIComponent('សន្តិសុខ')}` : ''), server.url).href;
      const samples: number[][] = [];
      for (let run = 0; run < runs; run++) {
        let result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
        // A cold first run can fail to measure (runtimeError): one retry, then skip the sample.
        if (result?.lhr.runtimeError) result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
        const lhr = result?.lhr;
        if (!lhr || lhr.runtimeError) continue;
        const breakdown = (lhr.audits['mainthread-work-breakdown']?.details as { items?: { group: string; duration: number }[] } | undefined)?.items ?? [];
        const group = (id: string) => breakdown.filter((item) => item.group === id).reduce((sum, item) => sum + item.duration, 0);
        samples.push([
          ...categories.map((category) => Math.round((lhr.categories[category]?.score ?? 0) * 100)),
          lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
          lhr.audits['total-blocking-time']?.numericValue ?? NaN,
          lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
          group('styleLayout'),
          group('scriptEvaluation') + group('scriptParseCompile'),
        ]);
      }
      if (samples.length === 0) {
        console.log(`${name}\t${lang}\tnot measured`);
        continue;
      }
      const m = samples[0]!.map((_, column) => median(samples.map((sample) => sample[column] as number)));
      const [perf, a11y, best, seo, lcp, tbt, cls, style, script] = m as number[];
      console.log([name, lang, perf, a11y, best, seo, Math.round(lcp!), Math.round(tbt!), cls!.toFixed(3), Math.round(style!), Math.round(script!)].join('\t'));
      const limits = budgets.lighthouse;
      for (const [label, score] of [
        ['performance', perf],
        ['accessibility', a11y],
        ['best-practices', best],
        ['seo', seo],
      ] as const)
        if (score! < limits.minScore) over.push(`OVER BUDGET lighthouse ${name} ${lang} ${label}: ${score} < ${limits.minScore}`);
      if (lcp! > limits.maxLcpMs) over.push(`OVER BUDGET lighthouse ${name} ${lang} LCP: ${Math.round(lcp!)} ms > ${limits.maxLcpMs}`);
      if (tbt! > limits.maxTbtMs) over.push(`OVER BUDGET lighthouse ${name} ${lang} TBT: ${Math.round(tbt!)} ms > ${limits.maxTbtMs}`);
      if (cls! > limits.maxCls) over.push(`OVER BUDGET lighthouse ${name} ${lang} CLS: ${cls!.toFixed(3)} > ${limits.maxCls}`);
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(over.length > 0 ? over.join('\n') : 'Lighthouse: every page within budget');

// Lighthouse (pinned in package.json, mobile settings, simulated slow 4G) on the main page types in
// both languages, with Debian's Chromium. Prints the four category scores of each page.
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const paths = [
  ['home', '/en/'],
  ['directive', '/en/directives/ocm-265-scn-pb-2025/'],
  ['recommendation', '/en/directives/ocm-265-scn-pb-2025/recommendations/4/'],
  ['body', '/en/bodies/ministry-of-commerce/'],
  ['search', '/en/search/?q=cybersecurity'],
] as const;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = await startStaticServer({ dir: dist });
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile, scores out of 100`);
console.log(['page', 'lang', ...categories].join('\t'));
try {
  for (const [name, path] of paths) {
    for (const lang of ['en', 'km']) {
      const url = new URL(path.replace('/en/', `/${lang}/`), server.url).href;
      let result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      // A cold first run can fail to measure (runtimeError); one retry, and say so if it fails again.
      if (result?.lhr.runtimeError) result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      if (result?.lhr.runtimeError) console.log(`${name}\t${lang}\tnot measured: ${result.lhr.runtimeError.code}`);
      const scores = categories.map((category) => Math.round((result?.lhr.categories[category]?.score ?? 0) * 100));
      console.log([name, lang, ...scores].join('\t'));
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

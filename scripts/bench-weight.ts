// Page weight: what a first visit to each page type downloads, by kind (HTML, CSS, JS, fonts),
// raw and gzip-compressed, in both languages; and the time a 2G link would need for it.
// Prints figures; asserts nothing. Needs a built site and Debian's Chromium.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const pageTypes: [string, string][] = [
  ['home', '/en/'],
  ['directive', '/en/directives/ocm-265-scn-pb-2025/'],
  ['recommendation', '/en/directives/ocm-265-scn-pb-2025/recommendations/4/'],
  ['body', '/en/bodies/mptc/'],
  ['reference', '/en/references/mptc-letter-298-bt-2025/'],
  ['theme', '/en/themes/cybersecurity/'],
  ['instrument', '/en/instruments/national-data-center/'],
  ['search (page only)', '/en/search/'],
];
// A "2G" link as Lighthouse and WebPageTest model it: 280 kbit/s down, 800 ms round trip.
const TWO_G_BYTES_PER_SECOND = 280_000 / 8;
const TWO_G_RTT_SECONDS = 0.8;

type Kind = 'html' | 'css' | 'js' | 'font' | 'other';
const kindOf = (type: string): Kind => (type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : type === 'font' ? 'font' : 'other');
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

const server = await startStaticServer({ dir: dist });
const browser = await chromium.launch(chromiumLaunchOptions());
console.log('Page weight of a first visit (KiB, raw / gzip); 2G time = round trips + gzip bytes at 280 kbit/s');
console.log(['page', 'lang', 'html', 'css', 'js', 'fonts', 'total', 'requests', '2G s'].join('\t'));
try {
  for (const [name, path] of pageTypes) {
    for (const lang of ['en', 'km']) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const totals: Record<Kind, { raw: number; gzip: number }> = {
        html: { raw: 0, gzip: 0 },
        css: { raw: 0, gzip: 0 },
        js: { raw: 0, gzip: 0 },
        font: { raw: 0, gzip: 0 },
        other: { raw: 0, gzip: 0 },
      };
      let requests = 0;
      const pending: Promise<void>[] = [];
      page.on('response', (response) => {
        pending.push(
          response.body().then(
            (body) => {
              const kind = kindOf(response.request().resourceType());
              totals[kind].raw += body.length;
              // Fonts (woff2) are compressed already; servers do not gzip them.
              totals[kind].gzip += kind === 'font' ? body.length : gzipSync(body).length;
              requests++;
            },
            () => undefined,
          ),
        );
      });
      await page.goto(new URL(path.replace('/en/', `/${lang}/`), server.url).href, { waitUntil: 'networkidle' });
      await Promise.all(pending);
      const all = Object.values(totals).reduce((sum, entry) => ({ raw: sum.raw + entry.raw, gzip: sum.gzip + entry.gzip }), { raw: 0, gzip: 0 });
      const seconds = requests * TWO_G_RTT_SECONDS * 0.5 + all.gzip / TWO_G_BYTES_PER_SECOND;
      const cell = (entry: { raw: number; gzip: number }) => `${kb(entry.raw)}/${kb(entry.gzip)}`;
      console.log([name, lang, cell(totals.html), cell(totals.css), cell(totals.js), cell(totals.font), cell(all), requests, seconds.toFixed(1)].join('\t'));
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

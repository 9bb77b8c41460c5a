// Page weight: what a first visit to each page type downloads (empty cache, phone-sized screen), in
// gzip bytes on the wire by kind (HTML, CSS, JS, fonts, search data), in both languages, against
// bench/budgets.json; and the time a 2G link would need for it. Prints figures; asserts nothing.
// Needs a built site and Debian's Chromium.
import { chromium } from 'playwright-core';
import { phonePage, recordResponses } from './bench-browser.ts';
import { benchDist, langPath, overBudget, pageBudget, pageTypes } from './bench-pages.ts';
import { chromiumLaunchOptions } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

// A "2G" link as Lighthouse and WebPageTest model it: 280 kbit/s down, 800 ms round trip.
const TWO_G_BYTES_PER_SECOND = 280_000 / 8;
const TWO_G_RTT_SECONDS = 0.8;
const server = await startStaticServer({ dir: benchDist });
const browser = await chromium.launch(chromiumLaunchOptions());
const over: string[] = [];
console.log('Page weight of a first visit: gzip bytes on the wire (fonts and Pagefind data as they are: compressed already)');
console.log(['page', 'lang', 'html', 'css', 'js', 'font', 'search', 'other', 'total', 'requests', '2G s'].join('\t'));
try {
  for (const [name, path] of pageTypes) {
    for (const lang of ['en', 'km']) {
      const { context, page } = await phonePage(browser, false);
      const fetched = recordResponses(page, new URL(server.url).origin);
      await page.goto(new URL(langPath(path, lang), server.url).href, { waitUntil: 'networkidle' });
      await page.waitForTimeout(300);
      await fetched.settled();
      const kinds = fetched.byKind();
      const total = fetched.total();
      const seconds = fetched.requests.length * TWO_G_RTT_SECONDS * 0.5 + total / TWO_G_BYTES_PER_SECOND;
      console.log([name, lang, kinds.html, kinds.css, kinds.js, kinds.font, kinds.search, kinds.other, total, fetched.requests.length, seconds.toFixed(1)].join('\t'));
      over.push(...overBudget(`${name} ${lang}`, { html: kinds.html, css: kinds.css, js: kinds.js, font: kinds.font, total }, pageBudget(name, lang)));
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(over.length > 0 ? over.join('\n') : 'Weight: every page within budget');

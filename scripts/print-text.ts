// A directive's plain text as a published PDF (with a text layer) or a scanned page (a PNG), printed by
// Debian's Chromium with the site's Khmer font: the inputs of the import benchmark and tests, made from
// the Khmer test documents, because no real published file may be copied into the project's tests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const require = createRequire(import.meta.url);
const fontFile = (subset: string) => require.resolve(`@fontsource-variable/noto-sans-khmer/files/noto-sans-khmer-${subset}-standard-normal.woff2`);

function pageHtml(text: string): string {
  const fonts = ['khmer', 'latin']
    .map((subset) => `@font-face{font-family:'Print Khmer';src:url(data:font/woff2;base64,${readFileSync(fontFile(subset)).toString('base64')}) format('woff2');font-weight:100 900}`)
    .join('');
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><meta charset="utf-8"><style>${fonts}body{margin:0;background:#fff}pre{font-family:'Print Khmer',sans-serif;font-size:17px;line-height:1.9;white-space:pre-wrap;margin:48px;color:#000}</style><pre>${escaped}</pre>`;
}

/** Prints `text` to `out` as a PDF (A4), or as a PNG of the page when `out` ends in .png (a "scan"). */
export async function printText(text: string, out: string): Promise<void> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 }, deviceScaleFactor: 2 });
    await page.setContent(pageHtml(text), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    if (out.endsWith('.png')) await page.screenshot({ path: out, fullPage: true });
    else await page.pdf({ path: out, format: 'A4', printBackground: true });
  } finally {
    await browser.close();
  }
}

/** A scanned PDF: the image `png` on an A4 page, with no text layer (what a scanner makes). */
export async function printScan(png: string, out: string): Promise<void> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><style>body{margin:0}img{width:100%}</style><img src="data:image/png;base64,${readFileSync(png).toString('base64')}">`, { waitUntil: 'load' });
    await page.pdf({ path: out, format: 'A4' });
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [input, out] = process.argv.slice(2);
  if (!input || !out) throw new Error('usage: node scripts/print-text.ts <text file> <out.pdf|out.png>');
  await printText(readFileSync(input, 'utf8'), out);
}

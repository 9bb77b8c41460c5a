#!/usr/bin/env node
// Takes screenshots of pages of a running site, for looking at what readers see.
// Usage: node scripts/screenshot.mjs <base-url> <out-dir> <width> <path> [<path> ...]
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const [base, out, width, ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
// SHOT_HEIGHT: capture only the first N pixels (a readable picture of a long page).
const height = Number(process.env.SHOT_HEIGHT ?? 0);
const page = await browser.newPage({ viewport: { width: Number(width), height: height || 900 } });
for (const path of paths) {
  await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
  const name = `${path.replace(/[^a-z0-9]+/gi, '_')}-${width}.png`;
  if (process.env.SHOT_SCROLL) await page.evaluate((y) => window.scrollTo(0, y), Number(process.env.SHOT_SCROLL));
  await page.screenshot({ path: `${out}/${name}`, fullPage: !height });
  console.log(`${out}/${name}`);
}
await browser.close();

import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { langs } from '../i18n/locales.ts';
import { routes } from '../lib/routes.ts';

/** How many pages a PDF made by Chromium has (its page objects). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

const missingChromium = () =>
  `The PDF briefs are printed by Chromium, which is not at ${CHROMIUM_PATH}: run "npm start" or "npm test" (they install it), or "apt-get install -y chromium", or set CHROMIUM_PATH.`;

/** The bodies with at least one obligation, from the built /data/bodies/<id>.json index files. */
function bodiesWithObligations(dist: string): string[] {
  const folder = join(dist, 'data', 'bodies');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .filter((name) => (JSON.parse(readFileSync(join(folder, name), 'utf8')) as { total: number }).total > 0)
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

/**
 * The PDF brief of every body with obligations, in each language: Chromium prints the body page
 * itself (its print styles make it the brief), so Khmer is shaped exactly as the browser shapes it.
 * The body page is the first of its pages (at most PART_SIZE obligations, the newest, and the counts of
 * all), so what Chromium prints is bounded whatever the size of the corpus; the brief says what it covers.
 * Written to dist/briefs/<lang>/<id>.pdf. Without Chromium the build stops with one line saying how
 * to install it: it never publishes a site without its briefs.
 */
export default function briefs(): AstroIntegration {
  return {
    name: 'directive-atlas:briefs',
    hooks: {
      // Before anything is built: a build without Chromium stops at once, in one line.
      'astro:config:setup': ({ command }) => {
        if (command === 'build' && !existsSync(CHROMIUM_PATH)) throw new Error(missingChromium());
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!existsSync(CHROMIUM_PATH)) throw new Error(missingChromium());
        const dist = fileURLToPath(dir);
        const bodies = bodiesWithObligations(dist);
        const started = Date.now();
        const server = await startStaticServer({ dir: dist });
        const browser = await chromium.launch(chromiumLaunchOptions());
        const counts: string[] = [];
        try {
          const page = await browser.newPage();
          for (const lang of langs) {
            mkdirSync(join(dist, 'briefs', lang), { recursive: true });
            for (const id of bodies) {
              await page.goto(new URL(routes.body(lang, id), server.url).href, { waitUntil: 'load' });
              await page.evaluate(async () => {
                await document.fonts.ready;
              });
              const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false, tagged: true, outline: false });
              writeFileSync(join(dist, routes.brief(lang, id)), pdf);
              if (id === 'mptc' || id === 'ministry-of-economy-and-finance') counts.push(`${lang}/${id} ${pdfPageCount(pdf)} pages`);
            }
          }
        } finally {
          await browser.close();
          await server.close();
        }
        logger.info(`${bodies.length * langs.length} PDF briefs in ${Date.now() - started} ms (${counts.join(', ')})`);
      },
    },
  };
}

import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeOf } from '../i18n/locales.ts';
import { benchMark } from './bench-marks.ts';
import { serveFromLastBuild } from './serve-last-build.ts';
import { KHMER_FONT_PATH, KHMER_FONT_SOURCE, KHMER_LABEL_FONT_PATH, khmerCharacters, subsetKhmerFont, subsetKhmerLabelFont } from '../lib/khmer-font.ts';

/**
 * The Khmer characters of every built page (HTML, with its embedded JSON: search labels are there too),
 * read one page at a time: only the set of characters is kept, never the pages.
 */
export function builtKhmerCharacters(dir: string): string {
  const found = new Set<string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    for (const char of khmerCharacters([readFileSync(join(dir, file), 'utf8')])) found.add(char);
  }
  return khmerCharacters([[...found].join('')]);
}

/**
 * Writes the site's Khmer font after the build, from the Khmer text the site actually contains:
 * /fonts/atlas-khmer.woff2 (Khmer pages) and /fonts/atlas-khmer-label.woff2 (only the language
 * switch's label "ខ្មែរ", for English pages). Same content, same bytes.
 */
export default function khmerFont(): AstroIntegration {
  let outDir = '';
  return {
    name: 'directive-atlas:khmer-font',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': serveFromLastBuild(() => outDir, ['/fonts/']),
      'astro:build:done': async ({ dir, logger }) => {
        benchMark('khmer-font:start');
        const out = fileURLToPath(dir);
        const font = readFileSync(createRequire(import.meta.url).resolve(KHMER_FONT_SOURCE));
        const site = await subsetKhmerFont(font, builtKhmerCharacters(out));
        const label = await subsetKhmerLabelFont(font, localeOf('km').label);
        for (const [path, bytes] of [
          [KHMER_FONT_PATH, site],
          [KHMER_LABEL_FONT_PATH, label],
        ] as const) {
          mkdirSync(dirname(join(out, path)), { recursive: true });
          writeFileSync(join(out, path), bytes);
        }
        benchMark('khmer-font:end');
        logger.info(`Khmer font: ${site.length} bytes (site), ${label.length} bytes (language switch)`);
      },
    },
  };
}

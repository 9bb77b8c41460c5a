import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { t } from '../i18n/index.ts';
import { langs, sourceLang } from '../i18n/locales.ts';
import type { AtlasPart } from '../lib/atlas-export.ts';
import type { Atlas } from '../lib/atlas.ts';
import { directivePages, pageAssets, pagefindFiles, type OfflinePlan } from '../lib/offline-files.ts';
import { languagesOf } from '../lib/texts.ts';
import { dataFiles, routes } from '../lib/routes.ts';

/** Every file under dist/, as site paths (`/en/index.html`). */
function siteFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dist, name)).isFile())
    .map((name) => `/${name.split('\\').join('/')}`)
    .sort();
}

const htmlOf = (dist: string, path: string) => {
  const file = join(dist, path, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
};

/**
 * The installable, offline site: writes dist/manifest.webmanifest, its icons and dist/sw.js (the worker of
 * src/offline/service-worker.js with its plan: the site version, the newest directive in every language,
 * and Pagefind's files per language). Runs after the search index, whose files it lists.
 */
export default function offline(): AstroIntegration {
  return {
    name: 'directive-atlas:offline',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const icon = readFileSync(fileURLToPath(new URL('../../public/favicon.svg', import.meta.url)));
        for (const size of [192, 512]) writeFileSync(join(dist, `icon-${size}.png`), new Resvg(icon, { fitTo: { mode: 'width', value: size } }).render().asPng());
        const manifest = {
          name: t(sourceLang, 'offline.name'),
          short_name: t(sourceLang, 'site.name'),
          start_url: '/',
          scope: '/',
          display: 'standalone',
          background_color: '#fbfaf7',
          theme_color: '#1d3a5f',
          icons: [
            { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
            { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
            { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          ],
        };
        writeFileSync(join(dist, 'manifest.webmanifest'), `${JSON.stringify(manifest, null, 2)}\n`);

        const files = siteFiles(dist).filter((path) => path !== '/sw.js');
        const hash = createHash('sha256');
        for (const path of files) hash.update(path).update(readFileSync(join(dist, path)));
        const shared = JSON.parse(readFileSync(join(dist, dataFiles.atlas), 'utf8')) as Atlas;
        const newest = [...shared.directives].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id))[0];
        // Only the newest directive's part of the atlas is read: its recommendations are what is stored.
        const part = newest ? (JSON.parse(readFileSync(join(dist, dataFiles.atlasPart(newest.id)), 'utf8')) as AtlasPart) : undefined;
        const provisions = [...new Map((part?.recommendations ?? []).map((rec) => [rec.data.number, { unit: rec.data.unit, number: rec.data.number, chapter: rec.data.chapter }])).values()].sort(
          (a, b) => a.number - b.number,
        );
        const pages = newest ? directivePages(newest.id, provisions, languagesOf(newest.data.texts).length > 1) : [];
        const core = [...new Set([...pages, ...pages.flatMap((path) => pageAssets(htmlOf(dist, path))), '/manifest.webmanifest', '/icon-192.png'])];
        const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
        const search = Object.fromEntries(
          langs.map((lang) => {
            const page = routes.search(lang);
            const extra = files.filter((path) => path.startsWith('/search/'));
            return [lang, [...new Set([page, ...pageAssets(htmlOf(dist, page)), ...extra, ...pagefindFiles(entry, files, lang)])].filter((path) => !core.includes(path))];
          }),
        ) as OfflinePlan['search'];
        const plan: OfflinePlan = { version: hash.digest('hex').slice(0, 12), core, search };
        const worker = readFileSync(fileURLToPath(new URL('../offline/service-worker.js', import.meta.url)), 'utf8');
        writeFileSync(join(dist, 'sw.js'), `const PLAN = ${JSON.stringify(plan)};\n${worker}`);
        const size = (list: string[]) =>
          Math.round(
            list.reduce(
              (sum, path) => sum + (existsSync(join(dist, path, 'index.html')) ? statSync(join(dist, path, 'index.html')).size : existsSync(join(dist, path)) ? statSync(join(dist, path)).size : 0),
              0,
            ) / 1024,
          );
        logger.info(
          `service worker ${plan.version}: ${core.length} files at install (${size(core)} KiB), search ${langs.map((lang) => `${lang} ${search[lang].length} files (${size(search[lang])} KiB)`).join(', ')}`,
        );
      },
    },
  };
}

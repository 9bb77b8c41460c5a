import type { AstroIntegration } from 'astro';
import { existsSync, lstatSync, readdirSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { headersFile } from '../lib/security-headers.ts';

/**
 * What the host gets besides the pages. Refuses a symbolic link in public/ (Astro would publish the
 * target's contents, wherever it points), writes dist/_headers from the one table of headers and
 * puts each language's 404 page where hosts look for it.
 */
export default function siteFiles(): AstroIntegration {
  return {
    name: 'directive-atlas:site-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        const publicDir = fileURLToPath(config.publicDir);
        let names: string[] = [];
        try {
          names = readdirSync(publicDir, { recursive: true, encoding: 'utf8' });
        } catch {
          return;
        }
        const link = names.find((name) => lstatSync(join(publicDir, name)).isSymbolicLink());
        if (link) throw new Error(`public/${link}: is a symbolic link; put the file itself in public/ (a link would publish whatever it points to)`);
      },
      'astro:build:done': async ({ dir }) => {
        const dist = fileURLToPath(dir);
        // Our hand-written scripts (public/scripts/) are readable in the repo and minified for readers.
        for (const name of readdirSync(join(dist, 'scripts')).filter((file) => file.endsWith('.js'))) {
          const path = join(dist, 'scripts', name);
          writeFileSync(path, (await transform(readFileSync(path, 'utf8'), { minify: true, loader: 'js', target: 'es2020' })).code);
        }
        writeFileSync(join(dist, '_headers'), headersFile());
        // Astro writes only the root 404 as 404.html; static hosts look for <folder>/404.html.
        for (const name of readdirSync(dist)) {
          const page = join(dist, name, '404', 'index.html');
          if (!existsSync(page)) continue;
          renameSync(page, join(dist, name, '404.html'));
          rmdirSync(join(dist, name, '404'));
        }
      },
    },
  };
}

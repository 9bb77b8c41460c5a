import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

type ServerSetup = NonNullable<AstroIntegration['hooks']['astro:server:setup']>;
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.wasm': 'application/wasm', '.css': 'text/css', '.woff2': 'font/woff2', '.png': 'image/png' };

/**
 * In `astro dev`, serves files that only the build makes (the search index, the Khmer font subset)
 * from the last build's output folder, so the dev server shows search and Khmer text as the site does.
 */
export function serveFromLastBuild(outDir: () => string, paths: readonly string[]): ServerSetup {
  return ({ server }) => {
    server.middlewares.use((request, response, next) => {
      const path = (request.url ?? '').split('?')[0] ?? '';
      if (!paths.some((prefix) => (prefix.endsWith('/') ? path.startsWith(prefix) : path === prefix))) return next();
      const file = join(outDir(), ...path.split('/').filter((segment) => segment && segment !== '..'));
      if (!file.startsWith(outDir()) || !existsSync(file) || !statSync(file).isFile()) {
        response.statusCode = 404;
        return response.end(`${path} is made by the build: run "npm run build" once (npm run dev does when there is none).`);
      }
      response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
      createReadStream(file).pipe(response);
    });
  };
}

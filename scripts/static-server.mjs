// A small static file server for the built site, applying the _headers rules as a static host would.
// Used by `npm start` (scripts/serve.mjs), the browser tests and the benchmarks.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeadersFile } from './headers-file.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff', '.wasm': 'application/wasm',
};

/**
 * Starts serving `dir` on 127.0.0.1 (port 0 picks a free one).
 * @returns {Promise<{ url: string, dir: string, close: () => Promise<void> }>}
 */
export async function startStaticServer({ dir, port = 0 }) {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`No built site in ${dir}: run npm run build first.`);
  const rules = parseHeadersFile(existsSync(join(dir, '_headers')) ? readFileSync(join(dir, '_headers'), 'utf8') : '');
  const resolveFile = (pathname) => {
    const file = join(dir, normalize(decodeURIComponent(pathname)));
    if (!file.startsWith(dir)) return undefined;
    const candidate = existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
    return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.endsWith('/') && !extname(url.pathname) && existsSync(join(dir, url.pathname, 'index.html'))) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
      response.end();
      return;
    }
    const file = resolveFile(url.pathname);
    const served = file ?? join(dir, '404.html');
    response.writeHead(file ? 200 : 404, { ...headersFor(rules, url.pathname), 'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream' });
    if (request.method === 'HEAD') response.end();
    else createReadStream(served).pipe(response);
  });
  await new Promise((resolveListen) => server.listen(port, '127.0.0.1', resolveListen));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`,
    dir,
    close: () => new Promise((resolveClose) => server.close(() => resolveClose())),
  };
}

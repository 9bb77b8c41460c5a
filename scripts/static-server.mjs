// Serves the built site (dist/) as a static host would: files through `send` (pillarjs, the file
// server behind Express), with the rules of dist/_headers on every response, 301s and errors included.
// Used by `npm start` (scripts/serve.mjs), the browser tests and the benchmarks.
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, posix } from 'node:path';
import send from 'send';
import { headersFor, parseHeadersFile } from './headers-file.mjs';

/** The first symbolic link below `dir`, if any: a link could make the server read outside the site. */
export function findSymlink(dir) {
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (lstatSync(join(dir, name)).isSymbolicLink()) return name;
  }
  return undefined;
}

/**
 * Why a request path is refused before any file is looked up, or undefined when it is fine.
 * Decoding happens once, here: encoded slashes, NUL, dot segments and malformed escapes never reach the disk.
 */
export function refusePath(rawPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return 'malformed percent-encoding';
  }
  if (!decoded.startsWith('/') || decoded.startsWith('//')) return 'not an absolute path';
  if (/%2f|%5c/i.test(rawPath) || decoded.includes('\\')) return 'encoded slash';
  if (decoded.includes('\0')) return 'NUL byte';
  if (decoded.split('/').some((segment) => segment === '.' || segment === '..')) return 'dot segment';
  if (posix.normalize(decoded) !== decoded) return 'not a normalised path';
  return undefined;
}

/**
 * Starts serving `dir` on 127.0.0.1 (port 0 picks a free one). Rejects with `code: 'EADDRINUSE'`
 * when the port is taken, so callers can say so in one line.
 * @returns {Promise<{ url: string, dir: string, close: () => Promise<void> }>}
 */
export async function startStaticServer({ dir, port = 0, host = '127.0.0.1' }) {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`No built site in ${dir}: run npm run build first.`);
  const link = findSymlink(dir);
  if (link) throw new Error(`${join(dir, link)} is a symbolic link: refusing to serve a site that could read outside ${dir}.`);
  const rules = parseHeadersFile(existsSync(join(dir, '_headers')) ? readFileSync(join(dir, '_headers'), 'utf8') : '');

  /** A plain-text answer with the site's headers: errors get the same security headers as pages. */
  const answer = (response, pathname, status, text, extra = {}) => {
    if (response.headersSent) return void response.destroy();
    response.writeHead(status, { ...headersFor(rules, pathname), 'Content-Type': 'text/plain; charset=utf-8', ...extra });
    response.end(text);
  };
  /** The 404 page of the path's language (/km/... gets the Khmer one). */
  const notFound = (request, response, pathname) => {
    const page = pathname.startsWith('/km/') && existsSync(join(dir, 'km/404.html')) ? '/km/404.html' : '/404.html';
    if (!existsSync(join(dir, page))) return answer(response, pathname, 404, 'Not found');
    response.statusCode = 404;
    serveFile(request, response, page, pathname, true);
  };
  const serveFile = (request, response, filePath, pathname, isErrorPage = false, query = '') => {
    send(request, filePath, { root: dir, index: ['index.html'], dotfiles: 'deny', redirect: true, etag: true, lastModified: true })
      .on('headers', (res) => {
        for (const [name, value] of Object.entries(headersFor(rules, pathname))) res.setHeader(name, value);
        if (isErrorPage) res.statusCode = 404;
      })
      .on('directory', (res) => {
        // A directory without its trailing slash: redirect, with the site's headers.
        answer(res, pathname, 301, '', { Location: `${pathname}/${query}` });
      })
      .on('error', (error) => {
        if (isErrorPage) return answer(response, pathname, 404, 'Not found');
        if (error.status === 404) return notFound(request, response, pathname);
        answer(response, pathname, error.status && error.status < 500 ? error.status : 500, error.status && error.status < 500 ? 'Bad request' : 'Server error');
      })
      .pipe(response);
  };

  const server = createServer((request, response) => {
    const [rawPath = '/', ...rest] = (request.url ?? '/').split('?');
    const query = rest.length > 0 ? `?${rest.join('?')}` : '';
    const refused = refusePath(rawPath);
    if (refused) return answer(response, '/', 400, `Bad request: ${refused}`);
    if (request.method !== 'GET' && request.method !== 'HEAD') return answer(response, rawPath, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    const pathname = decodeURIComponent(rawPath);
    serveFile(request, response, pathname, pathname, false, query);
  });
  // A client that sends garbage or goes away must never end the process.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, host, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const address = server.address();
  return {
    url: `http://${host}:${typeof address === 'object' && address ? address.port : port}/`,
    dir,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections?.();
        server.close(() => resolveClose());
      }),
  };
}

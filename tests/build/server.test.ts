import { mkdtempSync, rmSync, symlinkSync, cpSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { distDir, requireBuild } from '../helpers/dist.ts';

/** What `npm start` serves: the built site with the host's headers, robust to whatever a client sends. */
let server: Awaited<ReturnType<typeof startStaticServer>>;
let port = 0;
beforeAll(async () => {
  requireBuild();
  server = await startStaticServer({ dir: distDir });
  port = Number(new URL(server.url).port);
});
afterAll(async () => server?.close());

/** Sends raw bytes on a socket (no client library to tidy the request line up) and returns the status. */
function rawRequest(requestLine: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`${requestLine}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    let data = '';
    socket.on('data', (chunk) => (data += chunk));
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0)));
    socket.on('error', reject);
    socket.setTimeout(10_000, () => reject(new Error(`no answer to ${requestLine}`)));
  });
}

const get = (path: string, init?: RequestInit) => fetch(new URL(path, server.url), { redirect: 'manual', ...init });

describe('the local server (npm start)', () => {
  it('serves pages with the security headers of _headers', async () => {
    const response = await get('/en/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    'GET /%E0%A4%A HTTP/1.1',
    'GET /% HTTP/1.1',
    'GET //[ HTTP/1.1',
    'GET /.//en HTTP/1.1',
    'GET /en/%2e%2e/%2e%2e/package.json HTTP/1.1',
    'GET /../package.json HTTP/1.1',
    'GET /en%2fabout/ HTTP/1.1',
    'GET /en/%00/ HTTP/1.1',
    'GET /..%5cpackage.json HTTP/1.1',
  ])('answers %s with a 4xx and keeps serving', async (line) => {
    const status = await rawRequest(line);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect((await get('/en/')).status).toBe(200);
  });

  it('never reads outside dist/ through a traversal', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/en/..%2f..%2fpackage.json', '/%2e%2e%2fpackage.json']) {
      const response = await get(path);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(await response.text(), path).not.toContain('"name": "directive-atlas"');
    }
  });

  it('redirects a page without its slash to the same path, with the headers, and never to another host', async () => {
    const response = await get('/en/about?x=1');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/en/about/?x=1');
    expect(response.headers.get('content-security-policy')).toBeTruthy();
  });

  it('answers HEAD without a body, other methods with 405, and a missing page with the 404 of its language', async () => {
    const head = await get('/en/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await get('/en/', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const missingEn = await get('/en/no-such-page/');
    expect(missingEn.status).toBe(404);
    expect(await missingEn.text()).toMatch(/<html lang="en"/);
    const missingKm = await get('/km/no-such-page/');
    expect(missingKm.status).toBe(404);
    expect(missingKm.headers.get('content-security-policy')).toBeTruthy();
    expect(await missingKm.text()).toMatch(/<html lang="km"/);
  });

  it('answers a burst of 200 concurrent requests, good and bad, and goes on serving', async () => {
    const paths = Array.from({ length: 200 }, (_, index) => ['/en/', '/km/bodies/mptc/', '/nope/', '/%2e%2e/x', '/data/atlas.json'][index % 5] ?? '/');
    const statuses = await Promise.all(paths.map(async (path) => (await get(path)).status));
    expect(statuses.filter((status) => status === 200)).toHaveLength(120);
    expect(statuses.every((status) => status < 500)).toBe(true);
    expect((await get('/en/')).status).toBe(200);
  });

  it('refuses to serve a folder with a symbolic link, which could read outside it', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'atlas-serve-'));
    try {
      cpSync(join(distDir, 'index.html'), join(scratch, 'index.html'));
      symlinkSync('/etc', join(scratch, 'etc'));
      await expect(startStaticServer({ dir: scratch })).rejects.toThrow(/symbolic link/);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('says in one line that a port is taken', async () => {
    await expect(startStaticServer({ dir: distDir, port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});

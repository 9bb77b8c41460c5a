#!/usr/bin/env node
// Serves the built site (dist/) on 127.0.0.1 with the headers of public/_headers, as a static host would.
// Usage: node scripts/serve.mjs [--port 4321] [--dir dist]
import { resolve } from 'node:path';
import { startStaticServer } from './static-server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const { url, dir } = await startStaticServer({ dir: resolve(option('dir', 'dist')), port: Number(option('port', process.env.PORT ?? 4321)) });
console.log(`Directive Atlas: ${url} (serving ${dir})`);

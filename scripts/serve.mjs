#!/usr/bin/env node
// Serves the built site (dist/) with the headers of dist/_headers, as a static host would.
// Usage: node scripts/serve.mjs [--port 4321] [--host 127.0.0.1] [--dir dist]   (or PORT=4321)
import { resolve } from 'node:path';
import { parseServeOptions } from './serve-options.mjs';
import { startStaticServer } from './static-server.mjs';

const options = parseServeOptions(process.argv.slice(2), process.env);
try {
  const { url, dir } = await startStaticServer({ dir: resolve(options.dir), port: options.port, host: options.host });
  console.log(`Directive Atlas is served at ${url} (from ${dir}). Stop with Ctrl+C.`);
} catch (error) {
  if (error?.code === 'EADDRINUSE') console.error(`Port ${options.port} is already in use: stop what uses it, or choose another port with  npm start -- --port <n>`);
  else console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

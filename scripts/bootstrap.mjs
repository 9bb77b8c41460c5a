#!/usr/bin/env node
// The README's commands on any machine: `npm start`, `npm test`, `npm run dev` and `npm run check` come
// here first. It installs what is missing (Node 24 when the machine's Node is older, the packages,
// Debian's Chromium for the tests), then runs the real step with Node 24.
// Plain JavaScript on purpose: it must run on the machine's own Node, however old (20 here).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseServeOptions } from './serve-options.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const requiredMajor = Number(readFileSync(join(root, '.nvmrc'), 'utf8').trim());
const say = (line) => console.log(`atlas: ${line}`);
const fail = (line) => {
  console.error(`atlas: ${line}`);
  process.exit(1);
};

/** Runs a command with inherited output; exits with its code when it fails. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) fail(`could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** A Node binary of the required major version: this one, or one provisioned from the npm registry. */
function ensureNode() {
  if (Number(process.versions.node.split('.')[0]) >= requiredMajor) return process.execPath;
  const prefix = join(root, '.tools', `node${requiredMajor}`);
  const binary = join(prefix, 'node_modules', '.bin', 'node');
  if (!existsSync(binary)) {
    say(`Node ${process.versions.node} is too old (the site needs ${requiredMajor}); installing Node ${requiredMajor} into .tools/ from the npm registry`);
    run(npmCommand()[0], [...npmCommand().slice(1), 'install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', `node@${requiredMajor}`]);
  }
  return binary;
}

/** How to call npm: the npm that started us (npm_execpath), else `npm` on the PATH. */
function npmCommand(node = process.execPath) {
  const cli = process.env.npm_execpath;
  return cli && /\.c?js$/.test(cli) ? [node, cli] : ['npm'];
}

/** `npm ci` when node_modules is missing or was installed from another lock file or Node. */
function ensurePackages(node) {
  const stamp = join(root, 'node_modules', '.atlas-installed');
  const want = `${createHash('sha256')
    .update(readFileSync(join(root, 'package-lock.json')))
    .digest('hex')} node${requiredMajor}`;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return;
  say('installing the packages (npm ci)');
  const [command, ...args] = npmCommand(node);
  run(command, [...args, 'ci', '--no-audit', '--no-fund'], { env: withNode(node) });
  writeFileSync(stamp, want);
}

/** True when Debian's tesseract has its Khmer model (the importer's OCR of scans). */
const hasKhmerOcr = () => existsSync('/usr/bin/tesseract') && ['4.00', '5'].some((version) => existsSync(`/usr/share/tesseract-ocr/${version}/tessdata/khm.traineddata`));

/**
 * Debian's Chromium (the build prints the PDF briefs with it; the browser tests drive it) and, for the
 * tests, poppler-utils (pdftotext, pdfinfo, pdftoppm read the briefs back; the importer reads PDFs) and
 * tesseract with its Khmer model (the importer's OCR of scans): installed with apt-get when missing and
 * we may; otherwise one line says what to run.
 */
function ensureSystemTools({ forTests }) {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const missing = [];
  if (!existsSync(chromium)) missing.push('chromium');
  if (forTests && !existsSync('/usr/bin/pdftotext')) missing.push('poppler-utils');
  if (forTests && !hasKhmerOcr()) missing.push('tesseract-ocr', 'tesseract-ocr-khm');
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    fail(
      `the build prints the PDF briefs with Chromium${forTests ? ", the tests read them with poppler-utils and the importer's OCR needs tesseract with its Khmer model" : ''}: install ${missing.join(' and ')} (Debian: sudo apt-get install -y ${missing.join(' ')})${missing.includes('chromium') ? ` or set CHROMIUM_PATH (now ${chromium})` : ''}, then run this again.`,
    );
  }
  say(`installing Debian's ${missing.join(' and ')} (apt-get)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', ...missing], { env });
  if (!existsSync(chromium)) fail(`apt-get installed chromium, but there is still no browser at ${chromium}: set CHROMIUM_PATH to where it is.`);
}

/** The environment with the chosen Node first on the PATH, so that npm scripts and tools use it. */
function withNode(node, extra = {}) {
  return { ...process.env, ...extra, PATH: `${dirname(node)}:${process.env.PATH ?? ''}` };
}

/** Resolves when `port` can be listened on; fails with one clear line when it cannot. */
async function ensurePortFree(port, host) {
  await new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error) => {
      if (error.code === 'EADDRINUSE') fail(`port ${port} is already in use: stop what uses it, or choose another port with  npm start -- --port <n>`);
      fail(`cannot listen on ${host}:${port}: ${error.message}`);
    });
    probe.listen(port, host, () => probe.close(resolve));
  });
}

const bin = (node, path) => [node, join(root, path)];
const astro = (node, ...args) => bin(node, 'node_modules/astro/bin/astro.mjs').concat(args);

const [task, ...args] = process.argv.slice(2);
const node = ensureNode();
ensurePackages(node);
say(`node ${spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()}`);

switch (task) {
  case 'start': {
    let options;
    try {
      options = parseServeOptions(args, process.env);
    } catch (error) {
      fail(error.message);
    }
    await ensurePortFree(options.port, options.host);
    ensureSystemTools({ forTests: false });
    // Permalinks, the CSV and the feed cite SITE_URL: locally, that is where we serve.
    const siteUrl = process.env.SITE_URL ?? `http://localhost:${options.port}`;
    const [command, ...astroArgs] = astro(node, 'build');
    run(command, astroArgs, { env: withNode(node, { SITE_URL: siteUrl }) });
    run(node, [join(root, 'scripts/serve.mjs'), '--port', String(options.port), '--host', options.host, '--dir', options.dir], { env: withNode(node) });
    break;
  }
  case 'test': {
    ensureSystemTools({ forTests: true });
    const [command, ...astroArgs] = astro(node, 'build');
    run(command, astroArgs, { env: withNode(node) });
    run(node, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...args], { env: withNode(node) });
    break;
  }
  case 'dev': {
    // Search in dev uses the index of the last build (the dev server serves dist/pagefind/).
    if (!existsSync(join(root, 'dist', 'pagefind', 'pagefind.js'))) {
      say('no search index yet: building the site once');
      ensureSystemTools({ forTests: false });
      const [command, ...astroArgs] = astro(node, 'build');
      run(command, astroArgs, { env: withNode(node) });
    }
    const [command, ...astroArgs] = astro(node, 'dev', ...args);
    run(command, astroArgs, { env: withNode(node) });
    break;
  }
  case 'check': {
    ensureSystemTools({ forTests: false });
    const [command, ...checkArgs] = astro(node, 'check');
    run(command, checkArgs, { env: withNode(node) });
    const [buildCommand, ...buildArgs] = astro(node, 'build');
    run(buildCommand, buildArgs, { env: withNode(node) });
    run(node, [join(root, 'node_modules/prettier/bin/prettier.cjs'), '--check', '.'], { env: withNode(node) });
    break;
  }
  case 'run': {
    // Any other command with Node 24 and the packages in place: `node scripts/bootstrap.mjs run <cmd> ...`.
    const [command, ...rest] = args;
    if (!command) fail('usage: bootstrap.mjs run <command> [args]');
    run(command === 'node' ? node : command, rest, { env: withNode(node) });
    break;
  }
  default:
    fail(`unknown task "${task}": start, test, dev, check or run`);
}

import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot } from './atlas.ts';

/** What a build needs of the project: a copy of these, with the installed packages linked, builds on its own. */
const PROJECT_ENTRIES = ['src', 'seeds', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json', '.nvmrc'];

/**
 * A copy of the project at `root` with its own dist/ and caches: node_modules is a folder of links to the
 * checkout's packages, not one link to it, because Astro and Vite keep their caches (the content store
 * among them) in node_modules/.astro and node_modules/.vite, which a copy must not share.
 */
export function copyProject(root: string): string {
  for (const entry of PROJECT_ENTRIES) cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
    if (!name.startsWith('.')) symlinkSync(join(projectRoot, 'node_modules', name), join(root, 'node_modules', name), 'dir');
  }
  return root;
}

/** Lays every file of a fixture folder (laid out as the project: seeds/, src/content/...) over a copy. */
export function overlayFixture(root: string, fixture: string): string[] {
  const files = readdirSync(fixture, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(join(fixture, file)).isFile());
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(join(fixture, file), join(root, file));
  }
  return files;
}

/**
 * The environment of a build started from a test: vitest's own variables removed. It sets NODE_ENV=test and
 * copies import.meta.env into process.env (DEV=1, MODE=test, SSR, BASE_URL), under which the build would
 * take itself for the dev server.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (/^VITEST/.test(name) || ['TEST', 'NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL'].includes(name)) delete env[name];
  return env;
}

/** Runs `astro build` in a folder; asynchronous, so the test runner stays responsive on a busy machine. */
export function astroBuild(cwd: string, env: Record<string, string> = {}): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd, env: { ...buildEnv(), SITE_URL: 'http://localhost:4321', ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    // Colours (CI=true turns them on) would split the lines the checks read.
    child.on('close', (status) => resolve({ status, output: output.replace(/\u001b\[[0-9;]*m/g, '') }));
  });
}

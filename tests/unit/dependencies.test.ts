import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/atlas.ts';

/** The package a bare import specifier names: `a/b` -> `a`, `@s/a/b` -> `@s/a`. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/**
 * The project's code files, read from the tree rather than from git, so the test runs from a source archive
 * (`git archive`, a release tarball) too: everything but what .gitignore leaves out (installed packages,
 * built output, caches) and the broken-content fixtures.
 */
const notSource = /^(node_modules|dist|\.astro|\.tools|\.git|test-results|\.tmp|\.scratch|tests\/fixtures)(\/|$)/;
function sourceFiles(): string[] {
  return readdirSync(projectRoot, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => !notSource.test(file) && /\.(ts|mjs|js|astro)$/.test(file))
    .sort();
}

describe('dependencies', () => {
  it('every package the code imports is declared in package.json', () => {
    const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const declared = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)]);
    const files = sourceFiles();
    expect(files).toContain('src/content.config.ts');
    const missing = new Set<string>();
    for (const file of files) {
      const text = readFileSync(join(projectRoot, file), 'utf8');
      for (const match of text.matchAll(/(?:^|\n)\s*import\s[^'"]*?['"]([^'"./][^'"]*)['"]|import\(\s*['"]([^'"./][^'"]*)['"]\s*\)/g)) {
        const specifier = match[1] ?? match[2] ?? '';
        if (specifier.startsWith('node:') || specifier.startsWith('astro:') || builtinModules.includes(specifier)) continue;
        // Types-only packages (e.g. `import type { Root } from 'hast'`) are declared as @types/<name>.
        const name = packageOf(specifier);
        if (!declared.has(name) && !declared.has(`@types/${name.replace(/^@/, '').replace('/', '__')}`)) missing.add(`${name} (${file})`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('engines states the Node that runs the project (.nvmrc)', () => {
    const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(manifest.engines.node).toBe(`>=${readFileSync(join(projectRoot, '.nvmrc'), 'utf8').trim()}`);
  });
});

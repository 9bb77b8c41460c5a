import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/atlas.ts';

describe('types', () => {
  // `npm run check` was not part of `npm test`, and type errors in .astro files reached the tree twice.
  it('every source file, .astro included, type-checks (astro check, as npm run check runs it)', () => {
    const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'check'], { cwd: projectRoot, encoding: 'utf8' });
    const output = `${result.stdout}${result.stderr}`;
    const errors = output.split('\n').filter((line) => / - error /.test(line.replace(/\u001b\[[0-9;]*m/g, '')));
    expect(errors).toEqual([]);
    expect(result.status, output.slice(-2000)).toBe(0);
  }, 600_000);
});

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/atlas.ts';

describe('code style', () => {
  it('every source file is formatted with Prettier (npm run format fixes it)', () => {
    const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules/prettier/bin/prettier.cjs'), '--check', '.'], { cwd: projectRoot, encoding: 'utf8' });
    const unformatted = `${result.stdout}${result.stderr}`.split('\n').filter((line) => line.startsWith('[warn] ') && !line.includes('Code style issues'));
    expect(unformatted).toEqual([]);
    expect(result.status).toBe(0);
  }, 120_000);
});

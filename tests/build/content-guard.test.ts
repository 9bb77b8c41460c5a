import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/atlas.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atlas-guard-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('bad content never reaches the built site', () => {
  it('a real astro build stops on MDX that injects a script, naming the file and the field', () => {
    for (const entry of ['src', 'seeds', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(projectRoot, entry), join(scratch, entry), { recursive: true });
    symlinkSync(join(projectRoot, 'node_modules'), join(scratch, 'node_modules'), 'dir');
    const file = 'src/content/recommendations/ocm-265-scn-pb-2025/en/09.mdx';
    writeFileSync(join(scratch, file), '---\ndirective: ocm-265-scn-pb-2025\nnumber: 9\nlang: en\nstatus: source\n---\n\nSupport the pilot deployment of the DG SuperApp in March 2025.<script>alert(1)</script>\n');
    const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: scratch, encoding: 'utf8', timeout: 120_000 });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain(`${file}: field "body"`);
    expect(existsSync(join(scratch, 'dist/en/index.html'))).toBe(false);
  });
});

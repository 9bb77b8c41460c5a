import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/atlas.ts';
import { astroBuild, copyProject } from '../helpers/scratch-project.ts';

/**
 * Real `astro build` runs on broken projects: the build itself, not only the fast checks of
 * tests/unit/content-validation.test.ts, stops on bad content, names the file and the field, and
 * publishes nothing. Each fixture in tests/fixtures/broken/ lays files over a copy of the project.
 */
interface Fixture {
  /** The file and field the build must name. */
  file: string;
  field?: string;
  message: string;
  /** In-place edits of content files, when the fixture brings no file of its own. */
  edit?: { path: string; from: string; to: string }[];
}

const brokenRoot = join(projectRoot, 'tests/fixtures/broken');
const scratch = mkdtempSync(join(tmpdir(), 'atlas-guard-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the project (its own dist/ and caches) with the fixture applied. */
function brokenProject(name: string, fixture: Fixture | undefined): string {
  const root = copyProject(join(scratch, name));
  const overlay = join(brokenRoot, name);
  if (existsSync(overlay)) {
    for (const entry of readdirSync(overlay)) if (entry !== 'expect.json') cpSync(join(overlay, entry), join(root, 'src/content', entry), { recursive: true });
  }
  for (const edit of fixture?.edit ?? []) {
    const path = join(root, 'src/content', edit.path);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(edit.from)) throw new Error(`fixture ${name}: "${edit.from}" is not in ${edit.path}`);
    writeFileSync(path, text.replace(edit.from, edit.to));
  }
  return root;
}

const fixtures = readdirSync(brokenRoot).sort();

describe('a real astro build stops on bad content', () => {
  it('has the three kinds of fixture the build must stop on, and more', () => {
    expect(fixtures).toEqual(expect.arrayContaining(['unknown-reference', 'quote-not-in-text', 'script-injection']));
  });

  it.each(fixtures)(
    'stops on the fixture "%s", naming the file and the field, and publishes nothing',
    async (name) => {
      const fixture = JSON.parse(readFileSync(join(brokenRoot, name, 'expect.json'), 'utf8')) as Fixture;
      const root = brokenProject(name, fixture);
      const { status, output } = await astroBuild(root);
      expect(status, output).not.toBe(0);
      expect(output).toContain(fixture.file);
      // Our rules write `field "x"`; Astro's schema errors write the field at the start of a line, `  x: message`.
      // Astro writes an index as `.1` where we write `[1]`.
      const field = fixture.field?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\[(\d+)\\\]/g, '(?:\\[$1\\]|\\.$1)');
      if (field) expect(output).toMatch(new RegExp(`field "${field}"|^\\s+${field}: `, 'm'));
      expect(output).toMatch(new RegExp(fixture.message));
      expect(existsSync(join(root, 'dist/en/index.html'))).toBe(false);
      expect(existsSync(join(root, 'dist/pagefind'))).toBe(false);
    },
    240_000,
  );

  it('stops on a symbolic link in public/, which would publish whatever it points to', async () => {
    const root = brokenProject('public-symlink', undefined);
    symlinkSync('/etc/hostname', join(root, 'public/hostname.txt'));
    const { status, output } = await astroBuild(root);
    expect(status, output).not.toBe(0);
    expect(output).toContain('public/hostname.txt: is a symbolic link');
    expect(existsSync(join(root, 'dist/hostname.txt'))).toBe(false);
  }, 240_000);

  it('stops at once, in one line naming the fix, when Chromium (which prints the PDF briefs) is missing', async () => {
    const root = brokenProject('no-chromium', undefined);
    const { status, output } = await astroBuild(root, { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(status, output).not.toBe(0);
    expect(output).toContain('The PDF briefs are printed by Chromium, which is not at /nonexistent/chromium: run "npm start" or "npm test"');
    // Nothing was published: no pages, no briefs.
    expect(existsSync(join(root, 'dist/index.html'))).toBe(false);
  }, 240_000);
});

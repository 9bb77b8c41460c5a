import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { projectRoot } from '../helpers/atlas.ts';
import { astroBuild, copyProject } from '../helpers/scratch-project.ts';

/**
 * The README's guide "Adding a directive" against the build: a directive made of the files the guide lists,
 * and nothing else, builds; a directive with only its header stops the build, naming every required file.
 */
interface GuideFile {
  required: boolean;
  template: string;
}

/** The list between `<!-- guide:files -->` and `<!-- /guide:files -->` in README.md. */
function guideFiles(): GuideFile[] {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const block = /<!-- guide:files -->([\s\S]*?)<!-- \/guide:files -->/.exec(readme)?.[1] ?? '';
  return [...block.matchAll(/^(required|optional)\s+(\S+)/gm)].map((match) => ({ required: match[1] === 'required', template: match[2] ?? '' }));
}

/** A template's placeholders (`<id>`, `<NN>`) stand for one path segment or part of one. */
const templatePattern = (template: string) => new RegExp(`^${template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/<[^>]+>/g, '[^/]+')}$`);

const fixtureRoot = join(projectRoot, 'tests/fixtures/guide-directive');
const fixtureFiles = readdirSync(fixtureRoot, { recursive: true, encoding: 'utf8' })
  .map((file) => file.split(sep).join('/'))
  .filter((file) => statSync(join(fixtureRoot, file)).isFile())
  .sort();
const id = 'test-guide-letter-2025';
const header = `src/content/directives/${id}.yaml`;

const scratch = mkdtempSync(join(tmpdir(), 'atlas-guide-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the project with some of the fixture's files laid over it. */
function projectWith(name: string, files: string[]): string {
  const root = copyProject(join(scratch, name));
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(join(fixtureRoot, file), join(root, file));
  }
  return root;
}

describe("the README's guide to adding a directive", () => {
  const files = guideFiles();

  it('lists the files of a directive, required and optional, and the fixture holds only files it lists', () => {
    expect(files.filter((file) => file.required).map((file) => file.template)).toEqual(expect.arrayContaining([header.replace(id, '<id>'), 'src/content/sentences/<id>.yaml', 'seeds/<source>']));
    const unlisted = fixtureFiles.filter((file) => !files.some((guide) => templatePattern(guide.template).test(file)));
    expect(unlisted).toEqual([]);
    const uncovered = files.filter((guide) => guide.required && !fixtureFiles.some((file) => templatePattern(guide.template).test(file)));
    expect(uncovered).toEqual([]);
  });

  it('a directive made of the listed files alone builds, with its pages in both languages and its obligation on the body page', async () => {
    const root = projectWith('complete', fixtureFiles);
    const { status, output } = await astroBuild(root);
    expect(status, output).toBe(0);
    for (const lang of ['en', 'km']) {
      expect(existsSync(join(root, `dist/${lang}/directives/${id}/index.html`)), lang).toBe(true);
      expect(existsSync(join(root, `dist/${lang}/directives/${id}/recommendations/1/index.html`)), lang).toBe(true);
    }
    expect(readFileSync(join(root, 'dist/en/bodies/mptc/index.html'), 'utf8')).toContain('MPTC shall publish the test schedule');
  }, 600_000);

  it('a directive with only its header stops the build, which names every required file still missing, at once', async () => {
    const root = projectWith('header-only', [header]);
    const { status, output } = await astroBuild(root);
    expect(status, output).not.toBe(0);
    const source = (parseYaml(readFileSync(join(fixtureRoot, header), 'utf8')) as { source: { file: string } }).source.file;
    // Each required file of the guide, as the fixture names it: the build must name it too.
    const missing = files
      .filter((guide) => guide.required && guide.template !== header.replace(id, '<id>'))
      .flatMap((guide) => fixtureFiles.filter((file) => templatePattern(guide.template).test(file)));
    expect(missing).toContain(source);
    expect(missing.length).toBeGreaterThanOrEqual(4);
    for (const file of missing) expect(output, file).toContain(file);
    expect(existsSync(join(root, 'dist/en/index.html'))).toBe(false);
  }, 300_000);
});

import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblems, validateContent } from '../../src/validation/validate-content.ts';
import { contentDir, projectRoot } from '../helpers/atlas.ts';

interface BrokenCase {
  file: string;
  field?: string;
  message: string;
  remove?: string[];
  edit?: { path: string; from: string; to: string }[];
}

const brokenRoot = join(projectRoot, 'tests/fixtures/broken');
const cases = readdirSync(brokenRoot).sort();
const scratch = mkdtempSync(join(tmpdir(), 'atlas-broken-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the project's content and seeds with one broken fixture laid over it. */
function projectWith(name: string, spec: BrokenCase): string {
  const root = join(scratch, name);
  cpSync(contentDir, join(root, 'src/content'), { recursive: true });
  cpSync(join(projectRoot, 'seeds'), join(root, 'seeds'), { recursive: true });
  const overlay = join(brokenRoot, name);
  for (const entry of readdirSync(overlay)) {
    if (entry !== 'expect.json') cpSync(join(overlay, entry), join(root, 'src/content', entry), { recursive: true });
  }
  for (const path of spec.remove ?? []) rmSync(join(root, 'src/content', path));
  for (const edit of spec.edit ?? []) {
    const file = join(root, 'src/content', edit.path);
    const text = readFileSync(file, 'utf8');
    if (!text.includes(edit.from)) throw new Error(`fixture ${name}: "${edit.from}" not found in ${edit.path}`);
    writeFileSync(file, text.replace(edit.from, edit.to));
  }
  return root;
}

describe('content validation', () => {
  it('finds no problem in the real content', () => {
    expect(formatProblems(validateContent(contentDir, projectRoot))).toBe('');
  });

  it('has broken fixtures to try', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  it.each(cases)('rejects the broken fixture "%s", naming the file and the field', (name) => {
    const spec = JSON.parse(readFileSync(join(brokenRoot, name, 'expect.json'), 'utf8')) as BrokenCase;
    const root = projectWith(name, spec);
    expect(existsSync(join(root, 'src/content'))).toBe(true);
    const problems = validateContent(join(root, 'src/content'), root);
    const match = problems.find(
      (problem) => problem.file === spec.file && (spec.field === undefined || problem.field === spec.field) && new RegExp(spec.message).test(problem.message),
    );
    expect(match, `problems were:\n${formatProblems(problems)}`).toBeDefined();
    const line = formatProblems(match ? [match] : []);
    expect(line).toContain(spec.file);
    if (spec.field) expect(line).toContain(`field "${spec.field}"`);
  });
});

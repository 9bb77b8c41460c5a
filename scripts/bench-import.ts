// The importer, measured: imports the letter's own text from seeds/ and the Khmer test documents (as
// text and as a PDF printed by Chromium) into a scratch copy of the content, and compares the drafts
// with the reviewed entries: sentence boundaries, obligations found (a reviewed obligation is found when
// a draft quote covers it), proposals that are reviewed obligations, actors matched, references and
// header fields; and the time each import takes. Prints figures; asserts nothing (tests/build/import.test.ts does).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { compareDrafts, type Comparison } from '../src/lib/import/compare-drafts.ts';
import { readSide } from './import-compare.ts';
import { importDirective } from './import.ts';
import { printText } from './print-text.ts';

const projectRoot = join(import.meta.dirname, '..');
const fixture = join(projectRoot, 'tests/fixtures/other-kinds');

export interface ImportCase {
  name: string;
  /** The source file, relative to the project, and how it is given to the importer. */
  source: string;
  form: 'text' | 'pdf';
  lang: 'en' | 'km';
  /** The reviewed entry and where it lives (the project, or the fixture folder). */
  reviewedId: string;
  reviewedRoot: string;
}

export const importCases: ImportCase[] = [
  { name: 'letter 265 SCN.PB', source: 'seeds/ocm-265-scn-pb-2025.en.txt', form: 'text', lang: 'en', reviewedId: 'ocm-265-scn-pb-2025', reviewedRoot: projectRoot },
  ...(['text', 'pdf'] as const).flatMap((form) => [
    {
      name: `sub-decree 20 TEST (${form})`,
      source: 'tests/fixtures/other-kinds/seeds/test-sub-decree-2025.km.txt',
      form,
      lang: 'km' as const,
      reviewedId: 'test-sub-decree-2025',
      reviewedRoot: fixture,
    },
    { name: `circular 7 TEST (${form})`, source: 'tests/fixtures/other-kinds/seeds/test-circular-2025.km.txt', form, lang: 'km' as const, reviewedId: 'test-circular-2025', reviewedRoot: fixture },
  ]),
];

export interface CaseResult {
  importCase: ImportCase;
  comparison: Comparison;
  draftId: string;
  milliseconds: number;
  files: number;
}

/** A scratch project: the content, seeds and the test documents' entries, never the checkout itself. */
export function scratchProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'atlas-import-'));
  cpSync(join(projectRoot, 'src/content'), join(root, 'src/content'), { recursive: true });
  cpSync(join(projectRoot, 'seeds'), join(root, 'seeds'), { recursive: true });
  cpSync(join(fixture, 'src/content'), join(root, 'src/content'), { recursive: true });
  return root;
}

export async function runCase(importCase: ImportCase, root: string): Promise<CaseResult> {
  let file = join(projectRoot, importCase.source);
  if (importCase.form === 'pdf') {
    file = join(root, `${importCase.reviewedId}.pdf`);
    await printText(readFileSync(join(projectRoot, importCase.source), 'utf8'), file);
  }
  const id = `draft-${importCase.reviewedId}-${importCase.form}`;
  const started = performance.now();
  const run = importDirective(file, { root, lang: importCase.lang, id });
  const milliseconds = performance.now() - started;
  const comparison = compareDrafts(readSide(importCase.reviewedRoot, importCase.reviewedId, importCase.lang), readSide(root, id, importCase.lang), importCase.lang);
  return { importCase, comparison, draftId: id, milliseconds, files: run.written.length };
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

export function printResult({ importCase, comparison: c, milliseconds, files }: CaseResult): void {
  console.log(`\n${importCase.name}: ${importCase.source}${importCase.form === 'pdf' ? ' printed to PDF, read with pdftotext' : ''}`);
  console.log(`  time               ${milliseconds.toFixed(0)} ms, ${files} files written`);
  console.log(
    `  sentences          ${c.sentences.equal}/${c.sentences.reviewed} equal to the reviewed sentence file (${percent(c.sentences.equal / c.sentences.reviewed)})${c.sentences.parts
      .filter((part) => !part.equal)
      .map((part) => `; ${part.part}: ${part.draft} drafted, ${part.reviewed} reviewed`)
      .join('')}`,
  );
  console.log(
    `  obligations found  ${c.obligations.found}/${c.obligations.reviewed} (recall ${percent(c.obligations.recall)})${c.obligations.missed.map((label) => `\n      missed ${label}`).join('')}`,
  );
  console.log(`  proposals right    ${c.proposals.right}/${c.proposals.total} (precision ${percent(c.proposals.precision)})${c.proposals.wrong.map((label) => `\n      wrong  ${label}`).join('')}`);
  console.log(
    `  actors matched     ${c.actors.matched}/${c.actors.reviewed} (${percent(c.actors.recall)}); ${c.actors.inActors} of them among the proposal's actors, the rest under concerns${c.actors.missed.map((label) => `\n      missed ${label}`).join('')}`,
  );
  console.log(
    `  modality           ${c.modalities.same}/${c.modalities.compared} found obligations with the reviewed modality${c.modalities.differ.map((label) => `\n      differs ${label}`).join('')}`,
  );
  for (const row of c.header) console.log(`  ${row.field.padEnd(18)} ${row.right ? 'right' : 'WRONG'}: ${String(row.draft)}${row.right ? '' : ` (reviewed: ${String(row.reviewed)})`}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = scratchProject();
  try {
    console.log('Import benchmark: drafts from published text compared with the reviewed entries');
    for (const importCase of importCases) printResult(await runCase(importCase, root));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

// npm run import -- <file> [--lang km|en] [--kind <kind>] [--id <id>] [--ocr] [--report <file>] [--root <dir>] [--force]
//
// Drafts every content file of a directive from its published text (a .txt or .md file, a PDF with a
// text layer, or with --ocr a scan): the header, the provisions and sentences, one proposed obligation
// per sentence with a modality, draft bodies and reference stubs, each marked `review: draft`, and a
// report of what it proposed and why (printed; saved to src/imports/<id>.json for the review page, and
// to --report as JSON). It never overwrites a file (pass --force to redraft its own drafts).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { draftEntry, type DraftEntry, type ImportReport } from '../src/lib/import/draft-entry.ts';
import { readRegistry } from './import-registry.ts';
import { readSource, SourceError } from './import-source.ts';

import { OCR_CONFIDENCE_THRESHOLD } from '../src/lib/import/ocr-threshold.ts';

export interface ImportRun {
  entry: DraftEntry;
  written: string[];
  report: ImportReport;
}

const KHMER = /[\u1780-\u17ff]/g;
const LATIN = /[A-Za-z]/g;

/** True when a reviewed (not draft) directive of the project names `seed` as its source. */
function sourceOfReviewed(root: string, seed: string): boolean {
  const folder = join(root, 'src/content/directives');
  return readdirSync(folder).some((name) => {
    const text = readFileSync(join(folder, name), 'utf8');
    return !/^review: draft$/m.test(text) && text.includes(`file: ${seed}\n`);
  });
}

/** Imports one file into the project at `root`; throws a SourceError with one clear line on bad input. */
export function importDirective(
  file: string,
  options: { root: string; lang?: 'en' | 'km' | undefined; kind?: string | undefined; id?: string | undefined; ocr?: boolean; force?: boolean },
): ImportRun {
  const source = readSource(file, { ocr: options.ocr ?? false });
  const lang = options.lang ?? ((source.text.match(KHMER)?.length ?? 0) > (source.text.match(LATIN)?.length ?? 0) ? 'km' : 'en');
  const registry = readRegistry(options.root);
  // The source kept under seeds/: the file itself when it is a text file there already, else the text read from it.
  const inSeeds = relative(join(options.root, 'seeds'), resolve(file));
  const probe = draftEntry(source.text, { lang, kind: options.kind, id: options.id, sourceFile: 'seeds/probe.txt', sha256: '0'.repeat(64), sourceDescription: '' }, registry);
  const seedName = source.how === 'text file' && !inSeeds.startsWith('..') && !inSeeds.includes('/') ? inSeeds : `${probe.id}.${lang}.txt`;
  const seedPath = join(options.root, 'seeds', seedName);
  const bytes = source.how === 'text file' ? readFileSync(file) : Buffer.from(source.text, 'utf8');
  const description = source.how === 'text file' ? basename(file) : `${basename(file)}, ${source.how}`;
  const entry = draftEntry(
    source.text,
    { lang, kind: options.kind, id: options.id, sourceFile: `seeds/${seedName}`, sha256: createHash('sha256').update(bytes).digest('hex'), sourceDescription: description },
    registry,
  );
  entry.report.read = source.how;
  entry.report.sourceNotes = [...source.notes, ...entry.report.sourceNotes];
  if (source.ocrLines) entry.report.lowConfidenceLines = source.ocrLines.filter((line) => line.confidence < OCR_CONFIDENCE_THRESHOLD);

  const outputs = new Map<string, string>();
  const header = `# Drafted by npm run import from ${description} (${new Date().toISOString().slice(0, 10)}). Check every field against the\n# published text, then remove "review: draft". ${entry.report.proposed.length} proposals: see src/imports/${entry.id}.json or the review page.\n`;
  for (const [path, data] of entry.data) outputs.set(path, header + stringify(data, { lineWidth: 0 }));
  for (const [path, { frontmatter, body }] of entry.texts) outputs.set(path, `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}\n`);
  outputs.set(`src/imports/${entry.id}.json`, `${JSON.stringify(entry.report, null, 2)}\n`);

  // A PDF or a scan is kept beside the text read from it, for whoever checks the draft.
  const original = source.how === 'text file' ? undefined : `seeds/${entry.id}${extname(file).toLowerCase()}`;
  const isDraftFile = (path: string) => /^review: draft$/m.test(readFileSync(join(options.root, path), 'utf8'));
  const taken = [...outputs.keys(), ...(original ? [original] : [])].filter((path) => existsSync(join(options.root, path)));
  // --force redrafts the importer's own files: drafts, its reports, the sources it kept; never a reviewed entry.
  const refused = taken.filter((path) => !options.force || (path.startsWith('src/content/') && !isDraftFile(path)));
  if (refused.length > 0) {
    throw new SourceError(
      `would overwrite ${refused.length} file${refused.length === 1 ? '' : 's'} (${refused.slice(0, 3).join(', ')}${refused.length > 3 ? ', …' : ''}): choose another --id${options.force ? ' (--force never overwrites a reviewed entry)' : ', or pass --force to redraft drafts'}`,
    );
  }
  if (options.force) {
    // The drafts of an earlier run that this one does not write again (an obligation no longer proposed) go.
    for (const folder of [`src/content/obligations/${entry.id}`, ...(['en', 'km'] as const).map((lang) => `src/content/recommendations/${entry.id}/${lang}`)]) {
      if (!existsSync(join(options.root, folder))) continue;
      for (const name of readdirSync(join(options.root, folder))) {
        const path = `${folder}/${name}`;
        if (!outputs.has(path) && isDraftFile(path)) rmSync(join(options.root, path));
      }
    }
  }
  const written: string[] = [];
  if (!existsSync(seedPath) || readFileSync(seedPath).compare(bytes) !== 0) {
    if (existsSync(seedPath) && (!options.force || sourceOfReviewed(options.root, `seeds/${seedName}`))) {
      throw new SourceError(`seeds/${seedName} exists with other bytes${options.force ? ', and a reviewed directive is made from it' : ''}: choose another --id`);
    }
    mkdirSync(dirname(seedPath), { recursive: true });
    if (source.how === 'text file') copyFileSync(file, seedPath);
    else writeFileSync(seedPath, bytes);
    written.push(`seeds/${seedName}`);
  }
  if (original) {
    copyFileSync(file, join(options.root, original));
    written.push(original);
  }
  for (const [path, text] of outputs) {
    mkdirSync(dirname(join(options.root, path)), { recursive: true });
    writeFileSync(join(options.root, path), text);
    written.push(path);
  }
  return { entry, written, report: entry.report };
}

/** The report as an editor reads it in the terminal. */
export function printReport(run: ImportRun, log: (line: string) => void = console.log): void {
  const { report, written } = run;
  log(`Drafted ${report.id} from ${report.source} (${report.lang}, read as ${report.read}): ${written.length} files, each marked "review: draft".`);
  log('');
  log(`Proposed (${report.proposed.length}), with confidence:`);
  for (const item of report.proposed) {
    log(`  ${item.confidence.toFixed(2)}  ${item.what}  [${item.file}${item.field ? ` ${item.field}` : ''}]`);
    for (const reason of item.reasons) log(`        - ${reason}`);
  }
  log('');
  log(`Not placed or not filled (${report.unplaced.length}):`);
  for (const item of report.unplaced) log(`  - ${item.what}: ${item.reason}`);
  for (const note of report.sourceNotes) log(`Read: ${note}`);
  if (report.read === 'OCR (tesseract)') {
    log('');
    log(`OCR lines below confidence ${OCR_CONFIDENCE_THRESHOLD} (${report.lowConfidenceLines.length}):`);
    for (const line of report.lowConfidenceLines) log(`  line ${line.line} (${line.confidence}): ${line.text}`);
  }
  log('');
  log('Next: check each file against the published text, fix or delete proposals, remove "review: draft";');
  log('npm run dev shows the drafts (marked) and the review page /en/review/; npm run build refuses any draft left.');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      kind: { type: 'string' },
      id: { type: 'string' },
      ocr: { type: 'boolean', default: false },
      report: { type: 'string' },
      root: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  const [file] = positionals;
  try {
    if (!file) throw new SourceError('usage: npm run import -- <file> [--lang km|en] [--kind <kind>] [--id <id>] [--ocr] [--report <file>]');
    if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'km') throw new SourceError(`--lang ${values.lang}: must be km or en`);
    if (values.id !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.id)) throw new SourceError(`--id ${values.id}: must be lower-case letters, digits and single hyphens`);
    const root = resolve(values.root ?? process.cwd());
    const run = importDirective(resolve(file), { root, lang: values.lang as 'en' | 'km' | undefined, kind: values.kind, id: values.id, ocr: values.ocr, force: values.force });
    printReport(run);
    if (values.report) writeFileSync(resolve(values.report), `${JSON.stringify(run.report, null, 2)}\n`);
  } catch (error) {
    if (error instanceof SourceError || (error instanceof Error && error.message.startsWith('--kind'))) {
      console.error(`import: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importCases, runCase, scratchProject, type CaseResult } from '../../scripts/bench-import.ts';
import { importDirective } from '../../scripts/import.ts';
import { readRegistry } from '../../scripts/import-registry.ts';
import { matchBodies } from '../../src/lib/import/match-bodies.ts';
import { readDate, westernDigits } from '../../src/lib/import/numerals.ts';
import { repairPdfText } from '../../src/lib/import/pdf-text.ts';
import { findDeadline, findModality } from '../../src/lib/import/propose-obligations.ts';
import { splitSentences } from '../../src/lib/import/segment-sentences.ts';
import { importReportSchema } from '../../src/schemas/import-report.ts';
import { DRAFT_TEXT } from '../../src/schemas/review.ts';
import { projectRoot } from '../helpers/atlas.ts';

/**
 * The importer (npm run import) on the texts the project holds: the letter's English from seeds/ and the
 * Khmer test documents of tests/fixtures/other-kinds/, as text files (tests/build/import.test.ts gives
 * them as PDFs and a scan). The figures of the "done when" are held here; the benchmark prints them.
 */
const root = scratchProject();
afterAll(() => rmSync(root, { recursive: true, force: true }));
const results = new Map<string, CaseResult>();
async function result(name: string): Promise<CaseResult> {
  if (!results.has(name))
    results.set(
      name,
      await runCase(
        importCases.find((item) => item.name === name)!,
        root,
      ),
    );
  return results.get(name)!;
}
const yamlAt = (path: string) => parse(readFileSync(join(root, path), 'utf8'), { version: '1.2' }) as Record<string, any>;

describe('reading what a Cambodian document prints', () => {
  it('reads solar dates in Khmer (Khmer digits and month names) and in English, and no date that is not a calendar day', () => {
    expect(readDate('រាជធានីភ្នំពេញ ថ្ងៃទី៥ ខែឧសភា ឆ្នាំ២០២៥')?.iso).toBe('2025-05-05');
    expect(readDate('ថ្ងៃទី២០ ខែមេសា ឆ្នាំ២០២៥')?.iso).toBe('2025-04-20');
    expect(readDate('ថ្ងៃទី 18 ខែកុម្ភៈ ឆ្នាំ 2025')?.iso).toBe('2025-02-18');
    expect(readDate('Phnom Penh, 18 February 2025')?.iso).toBe('2025-02-18');
    expect(readDate('dated February 7, 2025')?.iso).toBe('2025-02-07');
    expect(readDate('ថ្ងៃទី៣០ ខែកុម្ភៈ ឆ្នាំ២០២៥')).toBeUndefined();
    // A lunar date names no solar month: it is not read as one.
    expect(readDate('ថ្ងៃពុធ ១៥កើត ខែមាឃ ឆ្នាំរោង ឆស័ក ព.ស.២៥៦៨')).toBeUndefined();
    expect(westernDigits('លេខ ២៦៥ SCN.PB')).toBe('លេខ 265 SCN.PB');
  });

  it('splits Khmer sentences at KHAN and English ones at a full stop before a capital, keeping every byte', () => {
    const khmer = 'មាត្រា ៤ នៃអនុក្រឹត្យលេខ ៥ TEST ត្រូវបានធ្វើវិសោធនកម្ម។ បញ្ជីនេះត្រូវរក្សាជាភាសាខ្មែរ។';
    expect(splitSentences(khmer, 'km')).toEqual(['មាត្រា ៤ នៃអនុក្រឹត្យលេខ ៥ TEST ត្រូវបានធ្វើវិសោធនកម្ម។', 'បញ្ជីនេះត្រូវរក្សាជាភាសាខ្មែរ។']);
    const english = 'MPTC shall formulate a plan in line with the “Framework.” Sub-decree No. 5 TEST applies. It ends here.';
    expect(splitSentences(english, 'en')).toEqual(['MPTC shall formulate a plan in line with the “Framework.”', 'Sub-decree No. 5 TEST applies.', 'It ends here.']);
    expect(splitSentences(english, 'en').join(' ')).toBe(english);
  });

  it('finds the modality of a Khmer sentence by its word, and not in a passive or a purpose', () => {
    expect(findModality('ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍ ត្រូវរក្សាបញ្ជី។', 'km')?.modality).toBe('shall');
    expect(findModality('ក្រសួងពាណិជ្ជកម្ម ត្រូវតែបញ្ចប់ការងារនេះ។', 'km')?.modality).toBe('must');
    expect(findModality('ក្រសួង ស្ថាប័នទាំងអស់ គួរប្រើប្រាស់ឈ្មោះដែន។', 'km')?.modality).toBe('should');
    expect(findModality('សាធារណជនត្រូវបានលើកទឹកចិត្តកុំឱ្យព្រួយបារម្ភ។', 'km')?.modality).toBe('encouraged');
    // "is amended" and "in order to support" are no modality; an instruction that only introduces the points names no action.
    expect(findModality('មាត្រា ៤ ត្រូវបានធ្វើវិសោធនកម្ម។', 'km')).toBeUndefined();
    expect(findModality('ការងារនេះធ្វើឡើងដើម្បីគាំទ្រពាណិជ្ជកម្ម។', 'km')).toBeUndefined();
    expect(findModality('រាជរដ្ឋាភិបាលណែនាំដូចតទៅ៖', 'km')).toBeUndefined();
    expect(findModality('Support the pilot deployment of the DG SuperApp in March 2025.', 'en')?.modality).toBe('imperative');
  });

  it('takes a deadline only from the words of the quote, with a date only where it prints one', () => {
    expect(findDeadline('MPTC must accelerate the construction as soon as possible.')).toEqual({ text: 'as soon as possible' });
    expect(findDeadline('Support the pilot deployment in March 2025.')).toEqual({ text: 'in March 2025', iso: '2025-03' });
    expect(findDeadline('ក្រសួងត្រូវដាក់ជូនរបាយការណ៍ក្នុងខែមីនា ឆ្នាំ២០២៥។')).toEqual({ text: 'ក្នុងខែមីនា ឆ្នាំ២០២៥', iso: '2025-03' });
    expect(findDeadline('MPTC shall continue to strengthen governance.')).toBeUndefined();
  });

  it('matches bodies by Khmer name whether a word is spelt with COENG TA or COENG DA, or with a hyphen or a space', () => {
    const bodies = readRegistry(projectRoot).bodies;
    // The registry writes ទីស្តីការ (COENG TA); many documents print ទីស្ដីការ (COENG DA).
    expect(matchBodies('ទីស្ដីការគណៈរដ្ឋមន្ត្រី សូមជម្រាបជូន', 'km', bodies).map((match) => match.body)).toEqual(['ocm']);
    expect(matchBodies('ក្រសួង ស្ថាប័នទាំងអស់ គួរប្រើប្រាស់', 'km', bodies).map((match) => match.body)).toEqual(['ministries-and-institutions']);
    // The longest name wins: the Security Operations Center, not MPTC inside it.
    expect(matchBodies('to the MPTC Security Operations Center.', 'en', bodies).map((match) => match.body)).toEqual(['mptc-security-operations-center']);
    // A name the registry does not hold is no match.
    expect(matchBodies('ក្រសួងទេសចរណ៍ ត្រូវរៀបចំ', 'km', bodies)).toEqual([]);
  });

  it('removes the spaces a PDF text layer puts inside Khmer words, and keeps those between words', () => {
    const read = repairPdfText('រាជរដ្ឋា ភិបាលកម្ពុជា\nក្រសួង ស្ថា ប័នទាំងអស់ គួរប្រើប្រាស់ឈ្មោះដែនសាកល្បង។\nជាតិ សាសនា ព្រះមហាក្សត្រ\n');
    expect(read.text).toBe('រាជរដ្ឋាភិបាលកម្ពុជា\nក្រសួង ស្ថាប័នទាំងអស់ គួរប្រើប្រាស់ឈ្មោះដែនសាកល្បង។\nជាតិ សាសនា ព្រះមហាក្សត្រ\n');
    expect(read.joined).toEqual(['រាជរដ្ឋា ភិបាលកម្ពុជា', 'ស្ថា ប័នទាំងអស់']);
  });
});

describe('the letter 265 SCN.PB imported from its text in seeds/', () => {
  it('draws every sentence boundary of the reviewed sentence file', async () => {
    const { comparison } = await result('letter 265 SCN.PB');
    expect(comparison.sentences.parts.filter((part) => !part.equal)).toEqual([]);
    expect(comparison.sentences.equal).toBe(comparison.sentences.reviewed);
  });

  it('finds at least 90% of the 52 reviewed obligations, and at least 80% of its proposals are reviewed obligations', async () => {
    const { comparison } = await result('letter 265 SCN.PB');
    expect(comparison.obligations.reviewed).toBe(52);
    expect(comparison.obligations.recall).toBeGreaterThanOrEqual(0.9);
    expect(comparison.proposals.precision).toBeGreaterThanOrEqual(0.8);
  });

  it('matches at least 90% of the reviewed actors, and reads number, date, issuer and the 3 references right', async () => {
    const { comparison } = await result('letter 265 SCN.PB');
    expect(comparison.actors.recall).toBeGreaterThanOrEqual(0.9);
    const header = Object.fromEntries(comparison.header.map((row) => [row.field, row]));
    for (const field of ['number', 'date', 'issuer', 'references', 'kind', 'provisions']) expect(header[field], field).toMatchObject({ right: true });
    expect(String(header.references!.draft).split(', ')).toHaveLength(3);
  });

  it('writes drafts the build reads as content (each marked review: draft), and no Khmer it would have had to translate', async () => {
    const { draftId } = await result('letter 265 SCN.PB');
    const directive = yamlAt(`src/content/directives/${draftId}.yaml`);
    expect(directive.review).toBe('draft');
    expect(directive.texts).toEqual({ en: { status: 'held' } });
    expect(directive.subject.km).toBe(DRAFT_TEXT);
    const obligation = yamlAt(`src/content/obligations/${draftId}/r09-o1.yaml`);
    expect(obligation).toMatchObject({ review: 'draft', modality: 'imperative', kind: 'duty', deadline: { text: 'in March 2025', km: DRAFT_TEXT, iso: '2025-03' } });
    expect(obligation.actors).toEqual([
      { body: 'mptc', role: 'joint', implicit: true },
      { body: 'ministries-and-institutions', role: 'joint', implicit: true },
    ]);
    expect(obligation.action).toEqual({ en: obligation.quote, km: DRAFT_TEXT, kmStatus: 'unofficial' });
    // The source is kept byte for byte under seeds/, with its SHA-256 (the build checks both).
    const seed = readFileSync(join(projectRoot, 'seeds/ocm-265-scn-pb-2025.en.txt'));
    expect(readFileSync(join(root, directive.source.file)).equals(seed)).toBe(true);
    expect(directive.source.sha256).toBe(createHash('sha256').update(seed).digest('hex'));
  });
});

describe('the Khmer test documents imported from their text', () => {
  it.each(['sub-decree 20 TEST (text)', 'circular 7 TEST (text)'])('%s: every sentence, the reviewed obligation and its actor found; number, Khmer date, issuer and units right', async (name) => {
    const { comparison } = await result(name);
    expect(comparison.sentences.equal).toBe(comparison.sentences.reviewed);
    expect(comparison.obligations.recall).toBe(1);
    expect(comparison.actors.recall).toBe(1);
    expect(comparison.header.filter((row) => !row.right)).toEqual([]);
  });

  it('the sub-decree: articles in their chapters, the amendment of No. 5 TEST from article 3, and no English text', async () => {
    const { draftId } = await result('sub-decree 20 TEST (text)');
    const directive = yamlAt(`src/content/directives/${draftId}.yaml`);
    expect(directive).toMatchObject({ kind: 'sub-decree', number: '20 TEST', date: '2025-04-20', issuer: 'royal-government', texts: { km: { status: 'held' } } });
    expect(directive.texts.en).toBeUndefined();
    expect(directive.relations).toEqual([{ type: 'amends', document: 'test-earlier-sub-decree-2023', provision: 'chp_2__art_3' }]);
    expect(directive.chapters.map((chapter: { title: { km: string } }) => chapter.title.km)).toEqual(['បទប្បញ្ញត្តិទូទៅ', 'ភារកិច្ច']);
    const article = readFileSync(join(root, `src/content/recommendations/${draftId}/km/02.md`), 'utf8');
    expect(article).toContain('unit: article\nchapter: 2\nnumber: 2\nlang: km\nstatus: source\n');
    expect(article).toContain('\nក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍ ត្រូវរក្សាបញ្ជីសាកល្បងនៃសេវាឌីជីថល។\n');
    // No English anywhere in the header: a Khmer original gets none from the importer.
    const english = JSON.stringify({ ...directive, source: undefined }).match(/"en":"(?!\[to be written)/g);
    expect(english).toBeNull();
  });

  it('the circular: points, its signatory a new draft body (never merged into a known one), and a report that validates', async () => {
    const { draftId } = await result('circular 7 TEST (text)');
    const body = yamlAt(`src/content/bodies/${draftId}-signatory.yaml`);
    expect(body).toMatchObject({ review: 'draft', name: { en: DRAFT_TEXT, km: 'អ្នកចុះហត្ថលេខាសាកល្បង' }, mentions: { km: ['អ្នកចុះហត្ថលេខាសាកល្បង'] } });
    const report = importReportSchema.parse(JSON.parse(readFileSync(join(root, `src/imports/${draftId}.json`), 'utf8')));
    const obligation = report.proposed.find((item) => item.file.endsWith('/r01-o1.yaml'));
    expect(obligation?.reasons).toEqual(expect.arrayContaining(['"ត្រូវ" makes it "shall" (duty)', 'mptc as lead: "ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍" (khmer name)']));
    expect(report.unplaced.map((item) => item.what)).toEqual(expect.arrayContaining([expect.stringContaining('ឯកសារសាកល្បង')]));
  });
});

describe('a Khmer sub-decree laid out as such texts are printed (tests/fixtures/import-layouts/)', () => {
  const printed = join(projectRoot, 'tests/fixtures/import-layouts/sub-decree-as-printed.km.txt');
  const run = () => importDirective(printed, { root, id: 'test-printed-sub-decree', force: true });

  it('reads its title over three lines, its number, its solar date under the lunar one, chapters, articles across a page break, signature and recipients', () => {
    const { entry, report } = run();
    const parsed = entry.parsed;
    expect(parsed.subject).toBe('អនុក្រឹត្យ ស្ដីពី ការរៀបចំបញ្ជីសាកល្បង');
    expect(yamlAt('src/content/directives/test-printed-sub-decree.yaml')).toMatchObject({ kind: 'sub-decree', number: '35 អនក្រ.បក', date: '2026-02-12', issuer: 'royal-government' });
    expect(parsed.chapters).toEqual([
      { number: 1, title: 'បទប្បញ្ញត្តិទូទៅ' },
      { number: 2, title: 'ភារកិច្ច' },
    ]);
    expect(parsed.provisions.map((provision) => `${provision.unit} ${provision.number} (chapter ${provision.chapter})`)).toEqual([
      'article 1 (chapter 1)',
      'article 2 (chapter 2)',
      'article 3 (chapter 2)',
    ]);
    // Article 2 goes on after the page break, and the other law's article it cites is not a heading.
    expect(parsed.provisions[1]!.text).toMatch(/ហើយត្រូវ ដាក់ជូនរាជរដ្ឋាភិបាលរៀងរាល់ឆ្នាំ។ មាត្រា ៣២ នៃច្បាប់ស្ដីពីទូរគមនាគមន៍ នៅតែអនុវត្ត។$/);
    // The last article puts it into effect: the date, signature and recipients after it are not its text.
    expect(parsed.provisions[2]!.text).toBe('អនុក្រឹត្យនេះមានអានុភាពចាប់ពីថ្ងៃចុះហត្ថលេខាតទៅ។');
    expect(parsed.signature).toEqual({ block: 'នាយករដ្ឋមន្ត្រី', mark: '[ហត្ថលេខា និងត្រា]', name: 'អ្នកចុះហត្ថលេខាសាកល្បង' });
    expect(parsed.copyTo).toEqual(['ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍', 'ឯកសារ-កាលប្បវត្តិ']);
    expect(report.sourceNotes).toEqual(['page numbers dropped where a page break fell: "២"', 'lunar date line not read: "ថ្ងៃពុធ ១៥កើត ខែមាឃ ឆ្នាំរោង ឆស័ក ព.ស.២៥៦៨"']);
  });

  it('matches a "បានឃើញ" line to the known document by its number, and leaves an undated citation to the editor', () => {
    const { report } = run();
    const directive = yamlAt('src/content/directives/test-printed-sub-decree.yaml');
    expect(directive.references.map((item: { reference: string }) => item.reference)).toEqual(['test-earlier-sub-decree-2023']);
    expect(report.unplaced.map((item) => item.what)).toContain('cited: "បានឃើញរដ្ឋធម្មនុញ្ញនៃព្រះរាជាណាចក្រកម្ពុជា"');
  });

  it('proposes the one duty with its deadline as printed, and nothing for ត្រឹមត្រូវ (properly) or សេចក្ដីណែនាំ (an instruction)', () => {
    const { entry } = run();
    expect(entry.proposals.map(({ recommendation, proposal }) => [recommendation, proposal.modality.modality, proposal.actors.map((actor) => `${actor.body}:${actor.role}`)])).toEqual([
      [2, 'shall', ['mptc:lead']],
    ]);
    expect(entry.proposals[0]!.proposal.deadline).toEqual({ text: 'ត្រឹមថ្ងៃទី៣១ ខែមីនា ឆ្នាំ២០២៦', iso: '2026-03-31' });
    // No body is made up from a ministry's name run on into its verb.
    // (Its signatory may already be a draft body of an earlier import in this scratch project: then it is matched, not drafted twice.)
    expect([...entry.data.keys()].filter((path) => path.includes('/bodies/') && !path.endsWith('-signatory.yaml'))).toEqual([]);
  });

  it('reads no deadline from the date of a cited document or a month before the document', () => {
    expect(findDeadline('អនុវត្តតាមអនុក្រឹត្យចុះថ្ងៃទី៥ ខែមីនា ឆ្នាំ២០២៣។')).toBeUndefined();
    expect(findDeadline('the plan adopted in March 2023 shall continue.', '2025-02-18')).toBeUndefined();
    expect(findDeadline('Submit the plan before March 2025.')).toEqual({ text: 'before March 2025' });
    expect(findModality('ត្រូវរៀបចំឱ្យបានត្រឹមត្រូវ។', 'km')?.words).toBe('ត្រូវ');
    expect(findModality('ធ្វើការងារឱ្យបានត្រឹមត្រូវ តាមតម្រូវការ។', 'km')).toBeUndefined();
  });
});

describe('npm run import, the command', () => {
  const importScript = join(projectRoot, 'scripts/import.ts');
  const seed = join(projectRoot, 'tests/fixtures/other-kinds/seeds/test-circular-2025.km.txt');

  it('prints the report and writes it as JSON with --report', () => {
    const out = join(root, 'cli-report.json');
    const result = spawnSync(process.execPath, [importScript, seed, '--root', root, '--id', 'test-cli-circular', '--report', out], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Drafted test-cli-circular from seeds\/test-cli-circular\.km\.txt \(km, read as text file\)/);
    expect(result.stdout).toContain('0.95  date: 2025-05-05');
    const report = importReportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(report.proposed.length).toBeGreaterThan(0);
    expect(readFileSync(join(root, 'src/imports/test-cli-circular.json'), 'utf8')).toBe(readFileSync(out, 'utf8'));
  });

  it('says in one line what to install when OCR or pdftotext is missing, and what --lang may be', () => {
    // Only Node on the PATH: no tesseract, no pdftotext.
    const env = { ...process.env, PATH: dirname(process.execPath) };
    const image = join(root, 'scan.png');
    writeFileSync(image, Buffer.from('89504e470d0a1a0a', 'hex'));
    const ocr = spawnSync(process.execPath, [importScript, image, '--root', root, '--ocr'], { encoding: 'utf8', env });
    expect(ocr.status).toBe(1);
    expect(ocr.stderr.trim()).toBe(
      'import: OCR needs tesseract, which is not installed. On Debian: sudo apt-get install -y tesseract-ocr tesseract-ocr-khm (npm test installs it when it runs as root).',
    );
    writeFileSync(join(root, 'text.pdf'), '%PDF-1.4\n%%EOF\n');
    const pdf = spawnSync(process.execPath, [importScript, join(root, 'text.pdf'), '--root', root], { encoding: 'utf8', env });
    expect(pdf.stderr.trim()).toMatch(/^import: Reading a PDF needs pdftotext, which is not installed\. On Debian: sudo apt-get install -y poppler-utils/);
    const lang = spawnSync(process.execPath, [importScript, seed, '--root', root, '--lang', 'fr'], { encoding: 'utf8' });
    expect(lang.stderr.trim()).toBe('import: --lang fr: must be km or en');
  });
});

describe('bad input stops the importer with one line naming the file', () => {
  it('refuses a file it cannot read, a PDF without a text layer, an unknown kind, and overwriting a file', async () => {
    expect(() => importDirective(join(root, 'missing.txt'), { root })).toThrow(/missing\.txt: no such file/);
    writeFileSync(join(root, 'letter.docx'), 'x');
    expect(() => importDirective(join(root, 'letter.docx'), { root })).toThrow(/letter\.docx: a directive is read from \.txt, \.md, \.pdf/);
    writeFileSync(join(root, 'empty.pdf'), '%PDF-1.4\n%%EOF\n');
    // Not a PDF pdftotext can read: its own error, naming the file.
    expect(() => importDirective(join(root, 'empty.pdf'), { root })).toThrow(/^pdftotext failed on .*empty\.pdf: /);
    const seed = join(projectRoot, 'tests/fixtures/other-kinds/seeds/test-circular-2025.km.txt');
    expect(() => importDirective(seed, { root, kind: 'edict', id: 'test-unknown-kind' })).toThrow(/--kind edict: no such kind/);
    importDirective(seed, { root, id: 'test-twice' });
    expect(() => importDirective(seed, { root, id: 'test-twice' })).toThrow(/would overwrite/);
  });
});

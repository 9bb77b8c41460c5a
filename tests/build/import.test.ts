import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importCases, runCase, scratchProject } from '../../scripts/bench-import.ts';
import { importDirective, printReport, type ImportRun } from '../../scripts/import.ts';
import { printScan, printText } from '../../scripts/print-text.ts';
import { OCR_CONFIDENCE_THRESHOLD } from '../../src/lib/import/ocr-threshold.ts';
import { importReportSchema } from '../../src/schemas/import-report.ts';
import { projectRoot } from '../helpers/atlas.ts';
import { browserStepTimeout } from '../helpers/browser.ts';
import { fixtureSite } from '../helpers/fixture-site.ts';

/**
 * The importer on the published forms it is given besides text: a PDF with a text layer (printed by
 * Chromium from the Khmer test documents, read back with pdftotext) and a scan (a PNG of the circular
 * rendered by Chromium, read with tesseract's Khmer model); and a preview build of its drafts, in Chromium.
 */
const circularText = join(projectRoot, 'tests/fixtures/other-kinds/seeds/test-circular-2025.km.txt');
const scratch = scratchProject();
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a Khmer document published as a PDF with a text layer', () => {
  it.each(importCases.filter((item) => item.form === 'pdf').map((item) => item.name))(
    '%s: the same figures as from its text: every sentence, the reviewed obligation, its actor, number, Khmer date, issuer and units',
    async (name) => {
      const importCase = importCases.find((item) => item.name === name)!;
      const fromPdf = await runCase(importCase, scratch);
      const fromText = await runCase(
        importCases.find((item) => item.reviewedId === importCase.reviewedId && item.form === 'text')!,
        scratch,
      );
      const report = importReportSchema.parse(JSON.parse(readFileSync(join(scratch, `src/imports/${fromPdf.draftId}.json`), 'utf8')));
      expect(report.read).toBe('PDF text layer (pdftotext)');
      // Chromium prints a Khmer word in several runs, and pdftotext reads a space between them: the importer removes them and says so.
      expect(report.sourceNotes.join(' ')).toMatch(/spaces? of the PDF's text layer inside Khmer words removed/);
      expect(fromPdf.comparison.sentences.equal).toBe(fromPdf.comparison.sentences.reviewed);
      expect(fromPdf.comparison.obligations.recall).toBe(1);
      expect(fromPdf.comparison.actors.recall).toBe(1);
      expect(fromPdf.comparison.header.filter((row) => !row.right)).toEqual([]);
      expect(fromPdf.comparison).toEqual(fromText.comparison);
    },
    browserStepTimeout,
  );
});

describe('a scanned page imported with --ocr', () => {
  let run: ImportRun;
  it(
    'drafts the circular from a Chromium rendering of it, and its report flags the lines OCR read with low confidence',
    async () => {
      const scan = join(scratch, 'circular-scan.png');
      await printText(readFileSync(circularText, 'utf8'), scan);
      run = importDirective(scan, { root: scratch, ocr: true, lang: 'km', id: 'test-ocr-circular' });
      const { report } = run;
      expect(report.read).toBe('OCR (tesseract)');
      expect(report.lowConfidenceLines.length).toBeGreaterThan(0);
      const ocrText = readFileSync(join(scratch, 'seeds/test-ocr-circular.km.txt'), 'utf8');
      const lines = ocrText.split('\n').filter((line) => line.trim());
      for (const flagged of report.lowConfidenceLines) {
        expect(flagged.confidence).toBeLessThan(OCR_CONFIDENCE_THRESHOLD);
        expect(lines[flagged.line - 1]).toBe(flagged.text);
      }
      // Flags are lines of Khmer the circular prints, not noise: most of their letters are Khmer.
      for (const flagged of report.lowConfidenceLines) expect((flagged.text.match(/[\u1780-\u17ff]/g) ?? []).length).toBeGreaterThan(flagged.text.length / 2);
      const printed: string[] = [];
      printReport(run, (line) => printed.push(line));
      expect(printed.join('\n')).toContain(`OCR lines below confidence ${OCR_CONFIDENCE_THRESHOLD} (${report.lowConfidenceLines.length}):`);
      expect(printed.join('\n')).toContain(`line ${report.lowConfidenceLines[0]!.line} (${report.lowConfidenceLines[0]!.confidence}): ${report.lowConfidenceLines[0]!.text}`);
      // The scan is kept beside the text read from it, and every file it wrote is a draft.
      expect(run.written).toContain('seeds/test-ocr-circular.png');
      for (const file of run.written.filter((path) => path.startsWith('src/content/'))) expect(readFileSync(join(scratch, file), 'utf8'), file).toMatch(/^review: draft$/m);
    },
    browserStepTimeout,
  );
});

describe('a scanned PDF (an image, no text layer)', () => {
  it(
    'is refused without --ocr, naming the file and the fix, and read page by page with --ocr',
    async () => {
      const png = join(scratch, 'circular-page.png');
      const pdf = join(scratch, 'circular-scanned.pdf');
      await printText(readFileSync(circularText, 'utf8'), png);
      await printScan(png, pdf);
      expect(() => importDirective(pdf, { root: scratch, lang: 'km', id: 'test-scanned-pdf' })).toThrow(`${pdf}: the PDF has no text layer (a scan?): import it with --ocr`);
      const { report, written } = importDirective(pdf, { root: scratch, lang: 'km', id: 'test-scanned-pdf', ocr: true });
      expect(report.read).toBe('OCR (tesseract)');
      expect(written).toEqual(expect.arrayContaining(['seeds/test-scanned-pdf.km.txt', 'seeds/test-scanned-pdf.pdf', 'src/content/directives/test-scanned-pdf.yaml']));
      expect(readFileSync(join(scratch, 'seeds/test-scanned-pdf.km.txt'), 'utf8')).toMatch(/[\u1780-\u17ff]{20}/);
    },
    browserStepTimeout,
  );
});

describe('a preview build of drafts (ATLAS_DRAFTS=1), in Chromium', () => {
  let written: string[] = [];
  const site = fixtureSite('drafts-preview', 'the circular imported as drafts', {
    prepare: (root) => {
      written = importDirective(circularText, { root, id: 'test-draft-circular' }).written;
      writeFileSync(join(root, 'written.json'), JSON.stringify(written));
    },
    env: { ATLAS_DRAFTS: '1' },
    outDir: 'dist-preview',
  });
  const drafts = () => written.filter((path) => path.startsWith('src/content/'));

  it.each(['en', 'km'])(
    'marks every draft in %s: a banner on every page that shows one, a label on each draft obligation and link',
    async (lang) => {
      const page = site.page();
      const label = lang === 'en' ? 'Draft' : 'សេចក្តីព្រាង';
      const pages = [
        `/${lang}/directives/test-draft-circular/`,
        `/${lang}/directives/test-draft-circular/points/1/`,
        `/${lang}/directives/test-draft-circular/points/2/`,
        `/${lang}/bodies/test-draft-circular-signatory/`,
        `/${lang}/bodies/mptc/`,
      ];
      for (const path of pages) {
        const response = await page.goto(site.url(path));
        expect(response?.status(), path).toBe(200);
        await expect.poll(() => page.locator('[data-draft-banner]').isVisible(), { message: path }).toBe(true);
      }
      // The draft obligation on its point's page: its card carries the label, drawn by CSS where a reader sees it.
      await page.goto(site.url(`/${lang}/directives/test-draft-circular/points/1/`));
      const card = page.locator('li[data-obligation="test-draft-circular/r01-o1"]');
      expect(await card.getAttribute('data-draft')).toBe(label);
      expect(await card.evaluate((element) => getComputedStyle(element, '::after').content)).toBe(`"${label}"`);
      // A link to a draft's page, on a page of reviewed content (the ministry's body page lists the draft obligation).
      await page.goto(site.url(`/${lang}/bodies/mptc/`));
      expect(await page.locator('[data-draft]').count()).toBeGreaterThan(0);
      // No search engine indexes a preview.
      expect(await page.locator('meta[name="robots"][content="noindex"]').count()).toBe(1);
      // A page that shows no draft has no banner: the letter's own page.
      await page.goto(site.url(`/${lang}/directives/ocm-265-scn-pb-2025/`));
      expect(await page.locator('[data-draft-banner]').count()).toBe(0);
      expect(await page.locator('[data-draft]').count()).toBe(0);
    },
    browserStepTimeout * 2,
  );

  it.each(['en', 'km'])(
    "the %s review page lists every draft file the import wrote, with the report's reasons, each linked to where it shows",
    async (lang) => {
      const page = site.page();
      await page.goto(site.url(`/${lang}/review/`));
      const listed = await page.locator('[data-review-entry]').evaluateAll((items) => items.map((item) => item.getAttribute('data-review-entry')));
      expect(listed.sort()).toEqual(drafts().sort());
      const text = await page.locator('main').innerText();
      expect(text).toContain('"ត្រូវ" makes it "shall" (duty)');
      for (const href of await page.locator('[data-review-entry] > a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
        const response = await page.request.get(site.url(href.split('#')[0]!));
        expect(response.status(), href).toBe(200);
      }
    },
    browserStepTimeout,
  );
});

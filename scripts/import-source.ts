// Reads a directive as published: a text file, a PDF's text layer (pdftotext) or, with --ocr, a scan
// (pdftoppm, then Debian's tesseract with its Khmer model). Returns the text and, for OCR, every line
// with its confidence, so that the report can flag the lines a reader must check against the scan.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { repairPdfText } from '../src/lib/import/pdf-text.ts';

export interface SourceText {
  text: string;
  /** How the text was read, for the entry's source description and the report. */
  how: 'text file' | 'PDF text layer (pdftotext)' | 'OCR (tesseract)';
  /** OCR only: each non-empty line of `text`, numbered from 1, with tesseract's mean word confidence (0-100). */
  ocrLines?: { line: number; confidence: number; text: string }[];
  /** What was changed in reading, for the report (the spaces a PDF's text layer put inside Khmer words). */
  notes: string[];
}

export class SourceError extends Error {}

function tool(command: string, args: string[], what: string): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new SourceError(
      `${what} needs ${command}, which is not installed. On Debian: sudo apt-get install -y ${command === 'tesseract' ? 'tesseract-ocr tesseract-ocr-khm' : 'poppler-utils'} (npm test installs it when it runs as root).`,
    );
  }
  if (result.status !== 0) throw new SourceError(`${command} failed on ${args.at(-2) ?? ''}: ${(result.stderr || result.stdout).trim().split('\n').slice(-3).join(' ')}`);
  return result.stdout;
}

/** The languages tesseract needs, checked before a long run: a missing Khmer model is one clear line. */
function checkTesseract(): void {
  const langs = tool('tesseract', ['--list-langs'], 'OCR');
  if (!/^khm$/m.test(langs)) throw new SourceError("OCR of Khmer needs tesseract's Khmer model, which is not installed. On Debian: sudo apt-get install -y tesseract-ocr-khm");
}

/** OCR of one image: its text (paragraphs separated by blank lines) and its lines' confidences, from one tesseract run. */
function ocrImage(image: string, work: string, firstLine: number): { text: string; lines: SourceText['ocrLines'] & object } {
  const base = join(work, `ocr-${firstLine}`);
  // khm+eng: Khmer documents print numbers, codes and names in Latin script too.
  tool('tesseract', [image, base, '-l', 'khm+eng', '--psm', '4', 'tsv'], 'OCR');
  const rows = readFileSync(`${base}.tsv`, 'utf8')
    .split('\n')
    .slice(1)
    .map((row) => row.split('\t'));
  const lines = new Map<string, { par: string; words: string[]; confidences: number[] }>();
  for (const row of rows) {
    if (row.length < 12 || row[0] !== '5') continue;
    const word = row[11]!.trim();
    if (!word) continue;
    const key = `${row[2]}.${row[3]}.${row[4]}`;
    const line = lines.get(key) ?? { par: `${row[2]}.${row[3]}`, words: [], confidences: [] };
    line.words.push(word);
    line.confidences.push(Number(row[10]));
    lines.set(key, line);
  }
  const out: string[] = [];
  const confidences: { line: number; confidence: number; text: string }[] = [];
  let par: string | undefined;
  let number = firstLine;
  for (const line of lines.values()) {
    if (par !== undefined && line.par !== par) out.push('');
    par = line.par;
    const text = line.words.join(' ');
    out.push(text);
    confidences.push({ line: number++, confidence: Math.round(line.confidences.reduce((a, b) => a + b, 0) / line.confidences.length), text });
  }
  return { text: out.join('\n'), lines: confidences };
}

export function readSource(file: string, { ocr }: { ocr: boolean }): SourceText {
  if (!existsSync(file)) throw new SourceError(`${file}: no such file`);
  const extension = extname(file).toLowerCase();
  if (['.txt', '.md'].includes(extension) && !ocr) return { text: readFileSync(file, 'utf8'), how: 'text file', notes: [] };
  const isImage = ['.png', '.jpg', '.jpeg', '.tif', '.tiff', '.pbm', '.pgm', '.ppm'].includes(extension);
  if (extension !== '.pdf' && !isImage) throw new SourceError(`${file}: a directive is read from .txt, .md, .pdf or (with --ocr) an image; not ${extension || 'a file without extension'}`);
  if (extension === '.pdf' && !ocr) {
    // -layout keeps the blank lines between paragraphs, which the reader of the parts needs.
    const layout = tool('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], 'Reading a PDF');
    if (!layout.replace(/\s/g, '')) throw new SourceError(`${file}: the PDF has no text layer (a scan?): import it with --ocr`);
    const { text, joined } = repairPdfText(layout);
    const notes = joined.length ? [`${joined.length} space${joined.length === 1 ? '' : 's'} of the PDF's text layer inside Khmer words removed: ${joined.map((pair) => `"${pair}"`).join(', ')}`] : [];
    return { text, how: 'PDF text layer (pdftotext)', notes };
  }
  if (isImage && !ocr) throw new SourceError(`${file}: an image is read with --ocr`);
  checkTesseract();
  const work = mkdtempSync(join(tmpdir(), 'atlas-ocr-'));
  try {
    let images = [file];
    if (extension === '.pdf') {
      tool('pdftoppm', ['-r', '300', '-png', file, join(work, 'page')], 'OCR of a PDF');
      images = readdirSync(work)
        .filter((name) => name.startsWith('page'))
        .sort()
        .map((name) => join(work, name));
    }
    const texts: string[] = [];
    const ocrLines: NonNullable<SourceText['ocrLines']> = [];
    for (const image of images) {
      const page = ocrImage(image, work, ocrLines.length + 1);
      texts.push(page.text);
      ocrLines.push(...page.lines);
    }
    return { text: `${texts.join('\n\n')}\n`, how: 'OCR (tesseract)', ocrLines, notes: [] };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

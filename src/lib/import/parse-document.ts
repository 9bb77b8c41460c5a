import { plainText } from '../plain-text.ts';
import { readDate, readNumber, westernDigits, type PrintedDate } from './numerals.ts';

/**
 * The parts of a directive as published, read from its plain text (a text file, `pdftotext` output or
 * OCR): letterhead, issuer, number, place and date, addressee, subject, references, introduction, the
 * provisions in the units of its kind, closing, signature and Copy-to list. Every part keeps the text
 * as printed (page breaks inside a paragraph joined by one space); a part the text does not have is
 * absent, never made up. Lines it could not place are returned, so the report can list them.
 */

export type ImportLang = 'en' | 'km';
export type ProvisionUnit = 'article' | 'point' | 'recommendation';

export interface ParsedProvision {
  unit: ProvisionUnit;
  number: number;
  chapter?: number;
  /** The provision's text as printed, paragraphs joined by one space (emphasis marks kept). */
  text: string;
}

export interface ParsedDocument {
  lang: ImportLang;
  letterhead: string[];
  /** The issuer's line(s) at the head ("OFFICE OF THE COUNCIL OF MINISTERS", "រាជរដ្ឋាភិបាលកម្ពុជា"). */
  issuerLine?: string;
  /** The number as printed, Khmer digits read as Western ones ("265 SCN.PB", "7 TEST"). */
  number?: { value: string; printed: string };
  date?: PrintedDate;
  place?: string;
  /** The sender's title lines (a letter). */
  senderTitle?: string;
  addressee?: string;
  subject?: string;
  /** The cited documents, each as its line prints it. */
  references: string[];
  intro?: string;
  chapters: { number: number; title: string }[];
  provisions: ParsedProvision[];
  closing?: string;
  signature: { block?: string; mark?: string; name?: string };
  copyTo: string[];
  /** Paragraphs the reader could not place in any part. */
  unplaced: string[];
}

const LETTERHEAD = [/^KINGDOM OF CAMBODIA$/i, /^NATION\s+RELIGION\s+KING$/i, /^ព្រះរាជាណាចក្រកម្ពុជា$/, /^ជាតិ\s+សាសនា\s+ព្រះមហាក្សត្រ$/];
const NUMBER = /^(?:No\.?\s*:?|លេខ\s*[:៖]?)\s*(.+)$/;
const SUBJECT = /^(?:Subject|កម្មវត្ថុ)\s*[:៖]\s*(.+)$/s;
const REFERENCES = /^(?:References?|យោង)\s*[:៖]\s*(.*)$/s;
const TO = /^(?:To|ជូន|គោរពជូន|សូមគោរពជូន)$/;
const COPY_TO = /^(?:Copy to|ចម្លងជូន)\s*[:៖]?\s*$/i;
const CHAPTER = /^(?:ជំពូកទី|Chapter\s+)([0-9០-៩]+)[\s:.៖-]*(.*)$/i;
/** An article's heading, not a text that names another article ("មាត្រា ៤ នៃអនុក្រឹត្យ...", "Article 4 of ..."). */
const ARTICLE = /^(?:មាត្រា|Article)\s*([0-9០-៩]+)(?!\s*(?:នៃ|of\b))[\s:.៖-]*(.*)$/is;
const NUMBERED = /^([0-9០-៩]{1,3})\s*[.)]\s+(.+)$/s;
/** An article's heading line ("មាត្រា ៣", "Article 3"): it starts a paragraph. */
const ARTICLE_START = /^(?:មាត្រា|Article)\s*[0-9០-៩]+(?!\s*(?:នៃ|of\b))(?:\s|[:.៖-]|$)/;
const MARK = /^\[[^\]]+\]$/;
/** The sentence that puts a law or sub-decree into effect ends its provisions and is its closing. */
const TAKES_EFFECT = /មានអានុភាព|ចូលជាធរមាន|takes effect|enters? into force/i;
/** A paragraph ends when its last character ends a sentence (or introduces a list). */
const ENDS_SENTENCE = /[.?!:។៕៖;”"’)\]*]$/;

/** Paragraphs: runs of non-blank lines; a paragraph cut by a page break (no closing punctuation) is joined to the next. */
function paragraphsOf(text: string): string[][] {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n\n')
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .filter((block) => block.length > 0)
    // A numbered point, an article or a chapter starts its own paragraph even without a blank line before it (OCR often drops it).
    .flatMap((block) => {
      const split: string[][] = [];
      for (const line of block) {
        if (split.length === 0 || NUMBERED.test(line) || ARTICLE_START.test(line) || CHAPTER.test(line)) split.push([line]);
        else split.at(-1)!.push(line);
      }
      return split;
    });
  const joined: string[][] = [];
  for (const block of blocks) {
    const previous = joined.at(-1);
    const last = previous?.at(-1);
    // A page break inside a sentence: the previous paragraph stops mid-sentence and this one goes on in lower case.
    if (previous && last && !ENDS_SENTENCE.test(last) && /^[a-z]/.test(block[0]!) && NUMBERED.test(previous[0]!)) {
      previous.push(...block);
    } else joined.push([...block]);
  }
  return joined;
}

const oneLine = (lines: string[]) => lines.join(' ').replace(/\s+/g, ' ').trim();

export function parseDocument(text: string, lang: ImportLang): ParsedDocument {
  const parsed: ParsedDocument = { lang, letterhead: [], references: [], chapters: [], provisions: [], signature: {}, copyTo: [], unplaced: [] };
  const paragraphs = paragraphsOf(text);
  let unit: ProvisionUnit | undefined;
  let chapter: number | undefined;
  let phase: 'head' | 'provisions' | 'end' = 'head';
  let awaitingAddressee = false;
  let awaitingChapterTitle: { number: number; title: string } | undefined;
  const beforeProvisions: string[][] = [];

  const takeDateLine = (line: string): boolean => {
    const date = readDate(line);
    if (!date || parsed.date) return false;
    const before = line
      .slice(0, date.index)
      .replace(/[,\s]+$/, '')
      .trim();
    const after = line.slice(date.index + date.printed.length).trim();
    // A place and date line: nothing but a place before the date, nothing after it.
    if (after || before.length > 40) return false;
    parsed.date = date;
    if (before) parsed.place = before;
    return true;
  };

  for (let index = 0; index < paragraphs.length; index++) {
    const lines = paragraphs[index]!;
    // A place and date line may head a paragraph (the signature block under it, in a Khmer original).
    if (takeDateLine(lines[0]!)) {
      lines.shift();
      if (lines.length === 0) continue;
    }
    const first = lines[0]!;

    if (phase !== 'provisions' && lines.every((line) => LETTERHEAD.some((pattern) => pattern.test(line)))) {
      parsed.letterhead.push(...lines);
      continue;
    }
    if (phase === 'head' && lines.length === 1 && NUMBER.test(first) && !parsed.number) {
      const printed = NUMBER.exec(first)![1]!.trim();
      parsed.number = { value: westernDigits(printed), printed };
      continue;
    }
    if (phase === 'head' && !parsed.number && lines.length >= 2 && NUMBER.test(lines.at(-1)!)) {
      // The issuer's line with the number under it ("រាជរដ្ឋាភិបាលកម្ពុជា / លេខ ៧ TEST").
      const printed = NUMBER.exec(lines.at(-1)!)![1]!.trim();
      parsed.number = { value: westernDigits(printed), printed };
      parsed.issuerLine ??= oneLine(lines.slice(0, -1));
      continue;
    }
    if (COPY_TO.test(first)) {
      phase = 'end';
      parsed.copyTo.push(...lines.slice(1).map((line) => line.replace(/^[-–•]\s*/, '')));
      for (const next of paragraphs.slice(index + 1)) parsed.copyTo.push(...next.map((line) => line.replace(/^[-–•]\s*/, '')));
      break;
    }
    if (lines.length === 1 && TO.test(first)) {
      awaitingAddressee = true;
      continue;
    }
    if (awaitingAddressee) {
      parsed.addressee = oneLine(lines);
      awaitingAddressee = false;
      continue;
    }
    const subject = SUBJECT.exec(oneLine(lines));
    if (subject) {
      parsed.subject = subject[1]!.trim();
      continue;
    }
    const references = REFERENCES.exec(lines[0]!);
    if (references) {
      const items = [references[1]!, ...lines.slice(1)].map((line) => line.trim()).filter(Boolean);
      for (const item of items) {
        if (/^[-–•]\s*/.test(item)) parsed.references.push(item.replace(/^[-–•]\s*/, ''));
        else if (parsed.references.length > 0) parsed.references[parsed.references.length - 1] += ` ${item}`;
        else parsed.references.push(item);
      }
      continue;
    }

    // Provisions: chapters and articles, or numbered points and recommendations.
    const chapterMatch = CHAPTER.exec(first);
    if (chapterMatch && phase !== 'end') {
      chapter = readNumber(chapterMatch[1]!);
      const title = oneLine([chapterMatch[2]!, ...lines.slice(1)]);
      const entry = { number: chapter!, title };
      parsed.chapters.push(entry);
      awaitingChapterTitle = title ? undefined : entry;
      phase = 'provisions';
      continue;
    }
    if (awaitingChapterTitle && !ARTICLE.test(first)) {
      awaitingChapterTitle.title = oneLine(lines);
      awaitingChapterTitle = undefined;
      continue;
    }
    const article = ARTICLE.exec(oneLine(lines));
    if (article && phase !== 'end' && (unit === undefined || unit === 'article') && readNumber(article[1]!) === parsed.provisions.length + 1) {
      unit = 'article';
      phase = 'provisions';
      parsed.provisions.push({ unit, number: readNumber(article[1]!)!, ...(chapter ? { chapter } : {}), text: article[2]!.trim() });
      continue;
    }
    const numbered = NUMBERED.exec(oneLine(lines));
    if (numbered && phase !== 'end' && unit !== 'article' && readNumber(numbered[1]!) === parsed.provisions.length + 1) {
      unit = 'point';
      phase = 'provisions';
      parsed.provisions.push({ unit, number: readNumber(numbered[1]!)!, text: numbered[2]!.trim() });
      continue;
    }
    if (phase === 'provisions') {
      const last = parsed.provisions.at(-1)!;
      // An article goes on over several paragraphs; numbered points end at the first unnumbered paragraph.
      if (unit === 'article' && !TAKES_EFFECT.test(first)) {
        last.text = last.text ? `${last.text} ${oneLine(lines)}` : oneLine(lines);
        continue;
      }
      phase = 'end';
    }
    if (phase === 'head') {
      beforeProvisions.push(lines);
      continue;
    }
    // After the provisions: the closing, then the signature block.
    if (lines.length === 1 && MARK.test(first)) {
      parsed.signature.mark = first;
      const name = paragraphs[index + 1];
      if (name && !COPY_TO.test(name[0]!)) {
        parsed.signature.name = oneLine(name);
        index++;
      }
      continue;
    }
    const markAt = lines.findIndex((line) => MARK.test(line));
    if (markAt > 0) {
      parsed.signature.block = lines.slice(0, markAt).join('\n');
      parsed.signature.mark = lines[markAt]!;
      if (lines[markAt + 1]) parsed.signature.name = oneLine(lines.slice(markAt + 1));
      continue;
    }
    if (parsed.closing === undefined) {
      parsed.closing = oneLine(lines);
      continue;
    }
    if (parsed.signature.block === undefined && !parsed.signature.mark) {
      parsed.signature.block = lines.join('\n');
      continue;
    }
    parsed.unplaced.push(oneLine(lines));
  }

  // Before the provisions: the issuer (first), a letter's sender title, the title of a law or sub-decree, the introduction (last).
  if (beforeProvisions.length > 0) {
    parsed.intro = oneLine(beforeProvisions.pop()!);
    if (!parsed.issuerLine && beforeProvisions.length > 0) parsed.issuerLine = oneLine(beforeProvisions.shift()!);
    if (!parsed.subject && beforeProvisions.length > 0) parsed.subject = oneLine(beforeProvisions.pop()!);
    // Only a letter (addressed to somebody) has a sender's title block under its issuer.
    if (parsed.addressee && beforeProvisions.length > 0) parsed.senderTitle = beforeProvisions.shift()!.join('\n');
    parsed.unplaced.push(...beforeProvisions.map(oneLine));
  }
  return parsed;
}

/** A header text's reading without emphasis: what the reader sees (for matching names). */
export const readerText = plainText;

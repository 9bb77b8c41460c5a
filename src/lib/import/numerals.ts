/**
 * Numbers and dates as Cambodian documents print them: Khmer or Western digits, Khmer or English month
 * names. The importer reads them; it never writes a date the text does not print.
 */

const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';

/** The text with every Khmer digit written as its Western digit ("លេខ ២០" becomes "លេខ 20"). */
export function westernDigits(text: string): string {
  return text.replace(/[០-៩]/g, (digit) => String(KHMER_DIGITS.indexOf(digit)));
}

/** The solar months in Khmer, as printed on documents (January first). */
export const khmerMonths = ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'] as const;
const englishMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** A date found in a text: the ISO date, the words as printed, and where they start. */
export interface PrintedDate {
  iso: string;
  printed: string;
  index: number;
}

const digits = '[0-9០-៩]';
const khmerDate = new RegExp(`ថ្ងៃទី\\s*(${digits}{1,2})\\s*ខែ\\s*(${khmerMonths.join('|')})\\s*ឆ្នាំ\\s*(${digits}{4})`);
const dayMonthYear = new RegExp(`\\b(\\d{1,2})\\s+(${englishMonths.join('|')}),?\\s+(\\d{4})\\b`);
const monthDayYear = new RegExp(`\\b(${englishMonths.join('|')})\\s+(\\d{1,2}),\\s+(\\d{4})\\b`);

function isoOf(year: number, month: number, day: number): string | undefined {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return month >= 1 && month <= 12 && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}

/**
 * The first solar date of a text, in Khmer ("ថ្ងៃទី៥ ខែឧសភា ឆ្នាំ២០២៥") or English ("18 February 2025",
 * "February 18, 2025"); undefined when it prints none, or prints one that is not a calendar day.
 * (A lunar date, "ថ្ងៃ...កើត ខែ...", names no solar month and is not read.)
 */
export function readDate(text: string): PrintedDate | undefined {
  const found: PrintedDate[] = [];
  const km = khmerDate.exec(text);
  if (km) {
    const iso = isoOf(Number(westernDigits(km[3]!)), khmerMonths.indexOf(km[2] as (typeof khmerMonths)[number]) + 1, Number(westernDigits(km[1]!)));
    if (iso) found.push({ iso, printed: km[0], index: km.index });
  }
  const dmy = dayMonthYear.exec(text);
  if (dmy) {
    const iso = isoOf(Number(dmy[3]), englishMonths.indexOf(dmy[2] as (typeof englishMonths)[number]) + 1, Number(dmy[1]));
    if (iso) found.push({ iso, printed: dmy[0], index: dmy.index });
  }
  const mdy = monthDayYear.exec(text);
  if (mdy) {
    const iso = isoOf(Number(mdy[3]), englishMonths.indexOf(mdy[1] as (typeof englishMonths)[number]) + 1, Number(mdy[2]));
    if (iso) found.push({ iso, printed: mdy[0], index: mdy.index });
  }
  return found.sort((a, b) => a.index - b.index)[0];
}

/** A number as printed ("២០" or "20"), as a number; undefined when it is not one. */
export function readNumber(printed: string): number | undefined {
  const western = westernDigits(printed.trim());
  return /^\d+$/.test(western) ? Number(western) : undefined;
}

import { localeOf, type Lang } from '../i18n/locales.ts';

// Intl formatters are costly to create and every page formats dozens of numbers and dates: one per
// language and kind, made once (a profile of the build at 100 directives found 13 s in their creation).
const numberFormats = new Map<Lang, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A number as the page's reader writes it: Khmer digits (០-៩) on Khmer pages, through Intl. */
export function formatNumber(lang: Lang, value: number): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(lang).intl, { useGrouping: false });
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

/** Digits of any string (e.g. "2020-2024", "265") in the reader's numerals. */
export function localizeDigits(lang: Lang, text: string): string {
  return text.replace(/\d+/g, (digits) =>
    digits
      .split('')
      .map((digit) => formatNumber(lang, Number(digit)))
      .join(''),
  );
}

function dateParts(lang: Lang, iso: string, withDay: boolean): Record<string, string> {
  const [year, month = '01', day = '01'] = iso.split('-');
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const key = `${lang}:${withDay}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(lang).intl, { month: 'long', year: 'numeric', timeZone: 'UTC', ...(withDay ? { day: 'numeric' } : {}) });
    dateFormats.set(key, format);
  }
  return Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
}

/**
 * A date as a reader expects it: "18 February 2025" in English, "ថ្ងៃទី១៨ ខែកុម្ភៈ ឆ្នាំ២០២៥" in Khmer
 * (month names and digits from Intl; the ថ្ងៃទី/ខែ/ឆ្នាំ frame is the formal Khmer way of writing a date).
 * Accepts YYYY-MM-DD or YYYY-MM.
 */
export function formatDate(lang: Lang, iso: string): string {
  const withDay = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const parts = dateParts(lang, iso, withDay);
  if (lang === 'km') return `${withDay ? `ថ្ងៃទី${parts.day} ` : ''}ខែ${parts.month} ឆ្នាំ${parts.year}`;
  return withDay ? `${parts.day} ${parts.month} ${parts.year}` : `${parts.month} ${parts.year}`;
}

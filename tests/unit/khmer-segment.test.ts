import { describe, expect, it } from 'vitest';
import { mapHtmlText } from '../../src/lib/html-text.ts';
import { asciiDigits, displayText, EXTRA_SEPARATOR, khmerWords, searchableText, segmentQuery, startsSyllable, WORD_SEPARATOR, wordEndings } from '../../src/lib/khmer-segment.ts';
import { khmerPageForIndex, khmerWordsOfPage } from '../../src/lib/search-page-text.ts';

// Real sentences of our Khmer translation of recommendations 1 and 8.
const sentence = 'ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍ ត្រូវបន្តពង្រឹងអភិបាលកិច្ច';
const dataCenter = 'ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍ ត្រូវតែពន្លឿនការសាងសង់មជ្ឈមណ្ឌលទិន្នន័យជាតិ ឱ្យបានឆាប់បំផុតតាមដែលអាចធ្វើទៅបាន។';
const split = (text: string) => text.split(/[\s\u2009\u2002]+/).filter(Boolean);

describe('index-time segmentation', () => {
  it('splits running Khmer into words the reader would search for', () => {
    const tokens = split(searchableText(sentence));
    for (const word of ['ក្រសួង', 'ប្រៃសណីយ៍', 'ទូរគមនាគមន៍', 'ពង្រឹង', 'អភិបាលកិច្ច']) expect(tokens).toContain(word);
    expect(searchableText(sentence)).toContain(WORD_SEPARATOR);
  });

  it('adds the Western form of Khmer numbers and leaves Latin text alone', () => {
    const tokens = split(searchableText('លិខិតលេខ ២៦៥ SCN.PB ឆ្នាំ២០២៥ DG SuperApp'));
    expect(tokens).toEqual(expect.arrayContaining(['២៦៥', '265', '២០២៥', '2025', 'SCN.PB', 'DG', 'SuperApp']));
    expect(asciiDigits('១១')).toBe('11');
  });

  it('indexes the endings of compounds, starting at syllables only', () => {
    expect(wordEndings('លក់ទំនិញ')).toContain('ទំនិញ');
    expect(wordEndings('ក្រសួង').every((ending) => !ending.startsWith('្'))).toBe(true);
    expect(startsSyllable('ក្រសួង', 1)).toBe(false);
    expect(startsSyllable('ក្រសួង', 3)).toBe(true);
  });

  it('indexes as a whole a known word that ICU split in this context', () => {
    const pieces = khmerWords(dataCenter);
    const joined = `${pieces[0]}${pieces[1]}`;
    const tokens = split(searchableText(dataCenter, undefined, new Set([joined])));
    expect(tokens).toContain(joined);
  });

  it('segments a whole page for the indexer: its text only, never its scripts, attributes or Latin text', () => {
    const words: string[] = [];
    const html = `<html lang="km"><body><h1 id="x" title="ក្រសួង > ក្រសួង">${sentence}</h1><dl><dt>MPTC</dt><dd>${dataCenter}</dd></dl><script>var a = "ក្រសួង";</script></body></html>`;
    khmerWordsOfPage(html, (word) => words.push(word));
    const out = khmerPageForIndex(html, new Set(words));
    expect(out).toContain(`<h1 id="x" title="ក្រសួង > ក្រសួង">ក្រសួង${EXTRA_SEPARATOR}សួង${WORD_SEPARATOR}ប្រៃសណីយ៍`);
    expect(out).toContain('var a = "ក្រសួង";');
    // Blocks end with a space, so "MPTC" and the next block's first word are indexed apart.
    expect(out).toContain('<dt>MPTC </dt>');
    expect(words).toContain('អភិបាលកិច្ច');
    expect(words).toContain('មជ្ឈមណ្ឌល');
    // Words come from the text alone: the script's and the attribute's ក្រសួង are not counted.
    expect(words.filter((word) => word === 'ក្រសួង')).toHaveLength(2);
  });
});

describe('the text of an HTML page between its markup', () => {
  it('maps each run of text and keeps tags, quoted ">" in attributes, comments, scripts and styles as written', () => {
    const html = '<!doctype html><p class="a>b" data-x=\'c>d\'>one &amp; two</p><!-- three --><script>if (1 < 2) x = "<b>";</script><style>p>b{}</style>four<br/>five';
    const runs: string[] = [];
    const out = mapHtmlText(html, (text) => {
      runs.push(text);
      return text.toUpperCase();
    });
    expect(runs).toEqual(['one &amp; two', 'four', 'five']);
    expect(out).toBe('<!doctype html><p class="a>b" data-x=\'c>d\'>ONE &AMP; TWO</p><!-- three --><script>if (1 < 2) x = "<b>";</script><style>p>b{}</style>FOUR<br/>FIVE');
  });
});

describe('what readers see of indexed text', () => {
  it('gives back the text exactly as written, extras and separators removed', () => {
    for (const text of [sentence, dataCenter, 'ឆ្នាំ២០២៥ និង DG SuperApp', 'MPTC shall act.']) expect(displayText(searchableText(text, undefined, new Set(['ក្រសួងប្រៃសណីយ៍'])))).toBe(text);
  });

  it('drops a highlighted extra token with its marks, keeping other highlights', () => {
    expect(displayText(`លក់ទំនិញ${EXTRA_SEPARATOR}<mark>ទំនិញ</mark>${WORD_SEPARATOR}<mark>ក្លែងក្លាយ</mark>`)).toBe('លក់ទំនិញ<mark>ក្លែងក្លាយ</mark>');
  });
});

describe('query segmentation against the indexed vocabulary', () => {
  const vocabulary = new Set(['ក្រសួង', 'ប្រៃសណីយ៍', 'សន្តិ', 'សុ', 'ខ', 'សន្តិសុខ', 'ទិន្នន័យ', 'ជាតិ', 'ក']);

  it('prefers the longest indexed words', () => {
    expect(segmentQuery('សន្តិសុខ', vocabulary)).toBe('សន្តិសុខ');
    expect(segmentQuery('ក្រសួងប្រៃសណីយ៍', vocabulary)).toBe('ក្រសួង ប្រៃសណីយ៍');
    expect(segmentQuery('ទិន្នន័យជាតិ', vocabulary)).toBe('ទិន្នន័យ ជាតិ');
  });

  it('keeps unknown stretches whole and never cuts inside a syllable', () => {
    expect(segmentQuery('ឡានក្រុង', vocabulary)).toBe('ឡានក្រុង');
    expect(segmentQuery('ក្រុង', vocabulary)).toBe('ក្រុង');
    expect(segmentQuery('ក្រសួងឡាន', vocabulary)).toBe('ក្រសួង ឡាន');
  });

  it('turns Khmer digits into Western ones and keeps Latin words', () => {
    expect(segmentQuery('លេខ ២៦៥', vocabulary)).toBe('លេខ 265');
    expect(segmentQuery('DG SuperApp ក្រសួង', vocabulary)).toBe('DG SuperApp ក្រសួង');
  });
});

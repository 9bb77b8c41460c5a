import { describe, expect, it } from 'vitest';
import { normalizeKhmer, normalizeKhmerMapped, normalizeQuery, queryScript } from '../../src/lib/khmer-normalize.ts';
import { segmentQuery } from '../../src/lib/khmer-segment.ts';
import { markableWords, markWords } from '../../src/lib/search-highlight.ts';

// Real words of the site (our Khmer translation, and established names in the glossary).
const cyber = 'សន្តិសុខសាយប័រ'; // as the site writes it, with COENG TA
const cyberDa = 'សន្ដិសុខសាយប័រ'; // the same word typed with COENG DA
const ocm = 'ទីស្តីការគណៈរដ្ឋមន្ត្រី';
const post = 'ប្រៃសណីយ៍កម្ពុជា';
const who = 'អង្គការសុខភាពពិភពលោក';

describe('normalizeKhmer: one spelling for index and query', () => {
  it('folds COENG DA into COENG TA, everywhere in a word', () => {
    expect(cyberDa).not.toBe(cyber);
    expect(normalizeKhmer(cyberDa)).toBe(cyber);
    expect(normalizeKhmer('ទីស្ដីការគណៈរដ្ឋមន្ដ្រី')).toBe(ocm);
    // A plain DA (not subscript) is a different letter and stays.
    expect(normalizeKhmer('ដើម')).toBe('ដើម');
  });

  it('drops zero-width characters and soft hyphens', () => {
    expect(normalizeKhmer('មជ្ឈមណ្ឌល\u200bទិន្នន័យ\u200bជាតិ')).toBe('មជ្ឈមណ្ឌលទិន្នន័យជាតិ');
    expect(normalizeKhmer('ទំនិញ\u200cក្លែងក្លាយ')).toBe('ទំនិញក្លែងក្លាយ');
    expect(normalizeKhmer('អក្ខរកម្ម\u200dឌីជីថល')).toBe('អក្ខរកម្មឌីជីថល');
    expect(normalizeKhmer('អាហារូប\u00adករណ៍')).toBe('អាហារូបករណ៍');
    // Even between a letter and its subscript.
    expect(normalizeKhmer('សន\u200b្តិសុខ')).toBe('សន្តិសុខ');
  });

  it('restores the canonical order of marks: subscript before vowel, vowel before sign', () => {
    // ប + ៃ + ្រ (vowel typed before the subscript) is ប្រៃ.
    expect(normalizeKhmer('ប\u17c3\u17d2\u179aសណីយ៍កម្ពុជា')).toBe(post);
    // ឆ្ន + ំ + ា (NIKAHIT typed before AA) is ឆ្នាំ.
    expect(normalizeKhmer('ឆ្ន\u17c6\u17b6')).toBe('ឆ្នាំ');
    // A register shifter typed after the vowel goes before it (ប៉ុ...).
    expect(normalizeKhmer('ប\u17bb\u17c9ន')).toBe('ប\u17c9\u17bbន');
  });

  it('joins split vowels typed as two signs, so ោ and ើ match', () => {
    expect(normalizeKhmer('អង្គការសុខភាពពិភពល\u17c1\u17b6ក')).toBe(who);
    expect(normalizeKhmer('ច្រ\u17c1\u17b8ន')).toBe('ច្រើន');
  });

  it('folds the variant letters ឲ ឣ ឤ', () => {
    expect(normalizeKhmer('ឲ្យ')).toBe('ឱ្យ');
    expect(normalizeKhmer('ឣ')).toBe('អ');
  });

  it('leaves correctly typed text, Latin text and digits alone', () => {
    for (const text of [cyber, ocm, post, who, 'ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍', 'ឆ្នាំ២០២៥', 'MPTC, DG SuperApp 5G', 'ការដំឡើង គោលដៅ ត្រៀម']) expect(normalizeKhmer(text)).toBe(text);
  });

  it('maps each normalised character back to the text as written', () => {
    const written = 'ក្រសួង\u200bសន្ដិសុខ';
    const { text, from, to } = normalizeKhmerMapped(written);
    expect(text).toBe('ក្រសួងសន្តិសុខ');
    const start = text.indexOf('សន្តិ');
    expect(written.slice(from[start], to[start + 'សន្តិ'.length - 1])).toBe('សន្ដិ');
  });
});

describe('queries', () => {
  it('removes spaces inside Khmer but not between Latin words', () => {
    expect(normalizeQuery('មជ្ឈមណ្ឌល ទិន្នន័យ  ជាតិ')).toBe('មជ្ឈមណ្ឌលទិន្នន័យជាតិ');
    expect(normalizeQuery('DG SuperApp')).toBe('DG SuperApp');
  });

  it('segments either spelling into the same indexed words', () => {
    const vocabulary = new Set(['សន្តិសុខ', 'សាយប័រ', 'ច្បាប់', 'ស្តីពី']);
    expect(segmentQuery('ច្បាប់ស្ដីពីសន្ដិសុខ សាយប័រ', vocabulary)).toBe('ច្បាប់ ស្តីពី សន្តិសុខ សាយប័រ');
    expect(segmentQuery('ច្បាប់\u200bស្តីពី\u200bសន្តិសុខសាយប័រ', vocabulary)).toBe('ច្បាប់ ស្តីពី សន្តិសុខ សាយប័រ');
    expect(segmentQuery('លិខិតលេខ ២៦៥', new Set(['លិខិត', 'លេខ']))).toBe('លិខិត លេខ 265');
  });

  it('tells a Khmer query from a Latin one; digits alone are neither', () => {
    expect(queryScript(cyberDa)).toBe('km');
    expect(queryScript('MEF ក្រសួង')).toBe('km');
    expect(queryScript('cybersecurity')).toBe('latin');
    expect(queryScript('២៦៥')).toBe('none');
    expect(queryScript('265')).toBe('none');
  });
});

describe('marking the query in a text as written', () => {
  it('marks a word typed with COENG DA in text written with COENG TA, giving back the text unchanged', () => {
    const text = 'ច្បាប់ស្តីពីសន្តិសុខសាយប័រ';
    const parts = markWords(text, markableWords(segmentQuery(cyberDa, new Set(['សន្តិសុខ', 'សាយប័រ']))));
    expect(parts.map((part) => part.text).join('')).toBe(text);
    expect(parts.filter((part) => part.marked).map((part) => part.text)).toEqual(['សន្តិសុខសាយប័រ']);
  });

  it('marks Latin words without case and never cuts a syllable', () => {
    expect(
      markWords('The MEF and mef', ['mef'])
        .filter((part) => part.marked)
        .map((part) => part.text),
    ).toEqual(['MEF', 'mef']);
    const parts = markWords('ក្រោម', ['ក្រ']);
    expect(parts).toEqual([
      { text: 'ក្រោម'.slice(0, 4), marked: true },
      { text: 'ម', marked: false },
    ]);
    expect(markWords('ក ខ', markableWords('ក'))).toEqual([{ text: 'ក ខ', marked: false }]);
  });
});

import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.ts';
import km from '../../src/i18n/km.ts';
import { checkUiStrings, t } from '../../src/i18n/index.ts';
import { langs, locales, otherLang, translatePath } from '../../src/i18n/locales.ts';
import { formatDate, formatNumber, localizeDigits } from '../../src/lib/khmer.ts';
import { asciiDigits } from '../../src/lib/khmer-segment.ts';

describe('interface strings', () => {
  it('Khmer has exactly the English keys, none empty', () => {
    expect(Object.keys(km).sort()).toEqual(Object.keys(en).sort());
    expect(() => checkUiStrings('km', km)).not.toThrow();
  });

  it('a missing or extra key fails, naming the locale file and the key', () => {
    const { 'nav.bodies': _dropped, ...missing } = km;
    expect(() => checkUiStrings('km', missing)).toThrow(/src\/i18n\/km\.ts: "nav\.bodies"/);
    expect(() => checkUiStrings('km', { ...km, 'nav.extra': 'x' })).toThrow(/extra key\(s\) nav\.extra/);
    expect(() => checkUiStrings('km', { ...km, 'nav.home': '' })).toThrow(/"nav\.home"/);
  });

  it('keeps the same placeholders in both languages', () => {
    // The same names, each at least once: a sentence may repeat one in one language only ("article by article").
    // The words of a provision's unit and document ({unit}, {units}, {document}) are always given together
    // (provisionWords, unitWords): one language may need the unit's noun where the other does without it.
    const unitWords = new Set(['{unit}', '{units}', '{document}']);
    const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].filter((name) => !unitWords.has(name)).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(km[key]), key).toEqual(placeholders(en[key]));
      // A key that uses the unit's words in one language uses at least one of them in the other.
      const usesWords = (text: string) => (text.match(/\{\w+\}/g) ?? []).some((name) => unitWords.has(name));
      expect(usesWords(km[key]), key).toBe(usesWords(en[key]));
    }
  });

  it('writes Khmer interface text in Khmer script, with no Latin words left', () => {
    const allowedLatin = /^(?:JavaScript|BibTeX|CSL|JSON|CSV|XML|PDF|QR|Akoma|Ntoso|Atom|SHA|CC|BY|Creative|Commons|SCN|PB|BT|KN|CamCERT|DGPost|DG|SuperApp|Telegram|[A-Z])$/;
    for (const [key, value] of Object.entries(km)) {
      const latinWords = value.replace(/\{\w+\}/g, '').match(/[A-Za-z]+/g) ?? [];
      expect(
        latinWords.filter((word) => !allowedLatin.test(word)),
        key,
      ).toEqual([]);
      // Format names (BibTeX, CSL-JSON) are the only values that may have no Khmer at all.
      // A value made only of placeholders ("{provision}") is Khmer through what fills it.
      const words = value.replace(/\{\w+\}/g, '').trim();
      if (words !== '' && !/^[A-Za-z -]+$/.test(value)) expect(/[\u1780-\u17ff]/.test(value), key).toBe(true);
    }
  });

  it('fills placeholders and writes numbers in the reader numerals', () => {
    expect(t('en', 'rec.title', { number: 11 })).toBe('Recommendation 11');
    expect(t('km', 'rec.title', { number: 11 })).toContain('១១');
    expect(t('km', 'rec.title', { number: 11 })).not.toMatch(/[0-9]/);
  });
});

describe('locale table and paths', () => {
  it('derives languages and switches paths, keeping the rest of the path', () => {
    expect(langs).toEqual(locales.map((locale) => locale.code));
    expect(translatePath('/en/bodies/mptc/', 'km')).toBe('/km/bodies/mptc/');
    expect(translatePath('/km/', 'en')).toBe('/en/');
    expect(translatePath('/en/directives/x/recommendations/4/', otherLang('en'))).toBe('/km/directives/x/recommendations/4/');
  });
});

describe('Khmer numbers and dates', () => {
  it('formats the letter date as a Khmer reader writes it', () => {
    expect(formatDate('km', '2025-02-18')).toBe('ថ្ងៃទី១៨ ខែកុម្ភៈ ឆ្នាំ២០២៥');
    expect(formatDate('en', '2025-02-18')).toBe('18 February 2025');
    expect(formatDate('km', '2025-03')).toBe('ខែមីនា ឆ្នាំ២០២៥');
    expect(formatDate('km', '2025-02-07')).toBe('ថ្ងៃទី៧ ខែកុម្ភៈ ឆ្នាំ២០២៥');
  });

  it('writes recommendation numbers 1-11 as ១-១១ and converts digits both ways', () => {
    expect(Array.from({ length: 11 }, (_, index) => formatNumber('km', index + 1)).join(' ')).toBe('១ ២ ៣ ៤ ៥ ៦ ៧ ៨ ៩ ១០ ១១');
    expect(formatNumber('en', 11)).toBe('11');
    expect(localizeDigits('km', '265 SCN.PB')).toBe('២៦៥ SCN.PB');
    expect(localizeDigits('km', '2020-2024')).toBe('២០២០-២០២៤');
    expect(asciiDigits('លេខ ២៦៥')).toBe('លេខ 265');
  });
});

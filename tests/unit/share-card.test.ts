import { describe, expect, it } from 'vitest';
import { breakLines, estimateEm, scriptRuns, shareCardSvg, widthEm } from '../../src/lib/share-card.ts';
import { fitText } from '../../src/lib/page-meta.ts';

describe('share card layout', () => {
  it('splits text into Khmer and Latin runs, spaces going with the Latin face', () => {
    expect(scriptRuns('អនុសាសន៍ទី៨ នៃលិខិតលេខ 265 SCN.PB')).toEqual([
      { khmer: true, text: 'អនុសាសន៍ទី៨' },
      { khmer: false, text: ' ' },
      { khmer: true, text: 'នៃលិខិតលេខ' },
      { khmer: false, text: ' 265 SCN.PB' },
    ]);
  });
  it('breaks Khmer without spaces at word boundaries, never wider than the line, with an ellipsis when cut', () => {
    const text = 'ក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍ត្រូវយកចិត្តទុកដាក់ខ្ពស់លើអភិបាលកិច្ចនិងការគ្រប់គ្រងទិន្នន័យការរៀបចំស្ថាបត្យកម្មរដ្ឋាភិបាលឌីជីថល';
    const lines = breakLines(text, 'km', 8, 3);
    expect(lines.length).toBe(3);
    for (const line of lines) expect(widthEm(line, estimateEm)).toBeLessThanOrEqual(8);
    expect(lines[2]).toMatch(/…$/);
    expect(lines.slice(0, 2).join('') + lines[2]?.slice(0, -1)).toBe(text.slice(0, lines.join('').length - 1));
  });
  it('keeps short text whole and escapes it in the SVG', () => {
    const svg = shareCardSvg({ lang: 'en', kicker: 'A & B', title: 'Title <1>', subtitle: 'Sub', footer: 'Foot' });
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('Title &lt;1&gt;');
    expect(svg).not.toContain('…');
  });
});

describe('fitText', () => {
  it('cuts at a word, Khmer words included, and marks the cut', () => {
    expect(fitText('short', 80, 'en')).toBe('short');
    const cut = fitText('Recommendation 8 of Letter No. 265 SCN.PB: text and obligations of every ministry', 40, 'en');
    expect([...cut].length).toBeLessThanOrEqual(40);
    expect(cut).toBe('Recommendation 8 of Letter No. 265…');
    const khmer = fitText('ក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍ត្រូវយកចិត្តទុកដាក់ខ្ពស់លើអភិបាលកិច្ច', 20, 'km');
    expect([...khmer].length).toBeLessThanOrEqual(20);
    expect('ក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍ត្រូវយកចិត្តទុកដាក់ខ្ពស់លើអភិបាលកិច្ច'.startsWith(khmer.slice(0, -1))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { bibtexCitation, cslCitation, plainCitation, type CitationSubject } from '../../src/lib/citation.ts';
import { directiveCitation, referenceCitation } from '../../src/lib/cite-subjects.ts';
import { loadAtlas } from '../helpers/atlas.ts';

const site = new URL('https://atlas.test/');
const atlas = loadAtlas();
const directive = 'ocm-265-scn-pb-2025';

describe('citations of the real letter', () => {
  it('cites a recommendation as a journalist would write it', () => {
    const subject = directiveCitation(atlas, 'en', directive, { kind: 'recommendation', number: 4 }, site);
    expect(plainCitation(subject)).toBe(
      'Office of the Council of Ministers, Letter No. 265 SCN.PB, 18 February 2025, recommendation 4. https://atlas.test/en/directives/ocm-265-scn-pb-2025/recommendations/4/',
    );
  });

  it('cites a paragraph by its anchor and the whole letter by its page', () => {
    const paragraph = directiveCitation(atlas, 'en', directive, { kind: 'paragraph', number: 6, paragraph: 1 }, site);
    expect(paragraph.url).toBe('https://atlas.test/en/directives/ocm-265-scn-pb-2025/#rec-6-p1');
    expect(paragraph.part).toBe('recommendation 6, paragraph 1');
    const whole = directiveCitation(atlas, 'en', directive, { kind: 'whole' }, site);
    expect(whole.part).toBeUndefined();
    expect(plainCitation(whole)).toMatch(/^Office of the Council of Ministers, Letter No\. 265 SCN\.PB, 18 February 2025\. https:/);
  });

  it('cites in Khmer with Khmer numerals for dates, the number as written, and says the text is an unofficial translation', () => {
    const subject = directiveCitation(atlas, 'km', directive, { kind: 'recommendation', number: 4 }, site);
    const text = plainCitation(subject);
    expect(text).toContain('ទីស្តីការគណៈរដ្ឋមន្ត្រី');
    // Document numbers are shown exactly as the source writes them (issue #10, point 10).
    expect(text).toContain('លិខិតលេខ 265 SCN.PB');
    expect(text).not.toContain('២៦៥');
    expect(text).toContain('ថ្ងៃទី១៨ ខែកុម្ភៈ ឆ្នាំ២០២៥');
    expect(text).toContain('៤');
    expect(subject.note).toBeTruthy();
    expect(subject.url).toContain('/km/directives/ocm-265-scn-pb-2025/recommendations/4/');
  });

  it('cites a reference letter with its number, date and issuer', () => {
    const text = plainCitation(referenceCitation(atlas, 'en', 'mptc-letter-298-bt-2025', site));
    expect(text).toBe('Ministry of Post and Telecommunications, Letter No. 298 BT., 7 February 2025. https://atlas.test/en/references/mptc-letter-298-bt-2025/');
    const notes = plainCitation(referenceCitation(atlas, 'en', 'prime-minister-notes-2025-02-13', site));
    expect(notes).toContain('13 February 2025');
    expect(notes).not.toContain('No.');
  });
});

const tricky: CitationSubject = {
  key: 'x/1 {bad}',
  author: 'A & B {Office}',
  document: 'Letter No. 5_6',
  number: '5_6',
  title: '100% of $ and # ~ ^ \\ end',
  date: '2025-02-18',
  dateText: '18 February 2025',
  part: 'recommendation 1',
  url: 'https://atlas.test/en/x/',
  language: 'en',
  publisher: 'Directive Atlas',
};

describe('BibTeX and CSL-JSON', () => {
  it('escapes BibTeX special characters so the entry stays well-formed', () => {
    const bibtex = bibtexCitation(tricky);
    expect(bibtex.startsWith('@misc{x-1--bad-,\n')).toBe(true);
    expect(bibtex).toContain('author = {{A \\& B \\{Office\\}}}');
    expect(bibtex).toContain('100\\% of \\$ and \\# \\textasciitilde{} \\textasciicircum{} \\textbackslash{} end');
    let depth = 0;
    for (const [index, char] of [...bibtex].entries()) {
      if (bibtex[index - 1] === '\\') continue;
      if (char === '{') depth++;
      if (char === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it('gives CSL-JSON date parts, authority and section', () => {
    const csl = cslCitation(tricky);
    expect(csl.issued).toEqual({ 'date-parts': [[2025, 2, 18]] });
    expect(csl.author).toEqual([{ literal: 'A & B {Office}' }]);
    expect(csl.section).toBe('recommendation 1');
    expect(csl.URL).toBe('https://atlas.test/en/x/');
    expect(JSON.parse(JSON.stringify(csl))).toEqual(csl);
  });
});

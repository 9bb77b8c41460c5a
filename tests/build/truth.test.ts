import { describe, expect, it } from 'vitest';
import { page } from '../helpers/dist.ts';

const directive = 'ocm-265-scn-pb-2025';

describe('the built site shows each entry as what it is (issue #10)', () => {
  it("the directive page lists the introduction's instruction as an entry, in both languages", () => {
    for (const lang of ['en', 'km']) {
      const item = page(`/${lang}/directives/${directive}/`).querySelector(`li.obligation[data-obligation="${directive}/r00-o1"]`);
      expect(item, lang).not.toBeNull();
      expect(item?.querySelector('[data-modality="instructed"]'), lang).not.toBeNull();
    }
  });

  it('an encouragement, an option and a statement of support are labelled as not duties', () => {
    const rec = (number: number) => page(`/en/directives/${directive}/recommendations/${number}/`);
    expect(rec(4).querySelector(`[data-obligation="${directive}/r04-o6"] [data-kind]`)?.textContent).toContain('Encouragement, not a duty');
    expect(rec(10).querySelector(`[data-obligation="${directive}/r10-o5"] [data-kind]`)?.textContent).toContain('“may consider”');
    expect(rec(6).querySelector(`[data-obligation="${directive}/r06-o5"] [data-kind]`)?.textContent).toContain('Statement of support, not a duty');
    // The WHO is cited as the ground of the encouragement, not as what it concerns.
    expect(rec(4).querySelector(`[data-obligation="${directive}/r04-o6"]`)?.textContent).toContain('Cited as grounds');
  });

  it('Khmer pages show document numbers exactly as the source writes them', () => {
    const text = page(`/km/directives/${directive}/`).textContent;
    expect(text).toContain('265 SCN.PB');
    expect(text).toContain('029 KN/025 SCN');
    expect(text).not.toMatch(/[០-៩]+\s*SCN|KN\/[០-៩]/);
    expect(page('/km/references/pm-cabinet-letter-029-kn-025-scn-2025/').textContent).toContain('029 KN/025 SCN');
  });

  it('the Khmer home page and themes index show the unofficial-translation notice beside our Khmer text', () => {
    expect(page('/km/').querySelector('[data-translation-notice]')).not.toBeNull();
    expect(page('/km/themes/').querySelector('[data-translation-notice]')).not.toBeNull();
  });

  it('the About page states the rules in both languages, and the source without claiming a publisher', () => {
    for (const lang of ['en', 'km']) {
      const about = page(`/${lang}/about/`);
      expect(about.querySelector('#rules'), lang).not.toBeNull();
      expect(about.querySelectorAll('#rules + p + ul li').length, lang).toBe(7);
      expect(about.querySelector('#numbers'), lang).not.toBeNull();
      expect(about.querySelector('#role-participating'), lang).not.toBeNull();
    }
    expect(page('/en/about/').textContent).not.toMatch(/as published|issued in Khmer/);
  });
});

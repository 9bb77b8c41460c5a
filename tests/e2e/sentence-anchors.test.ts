import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { plainText } from '../../src/lib/plain-text.ts';
import { routes } from '../../src/lib/routes.ts';
import { loadAtlas } from '../helpers/atlas.ts';
import { useSitePage } from '../helpers/browser.ts';

const { site, page } = useSitePage();
const directive = 'ocm-265-scn-pb-2025';
const sentences = (number: number) =>
  loadAtlas()
    .sentences.find((entry) => entry.id === directive)
    ?.data.recommendations.find((rec) => rec.number === number)?.sentences ?? [];
const url = (path: string) => new URL(path, site().base).href;
const notice = () => page().locator('#anchor-missing');

describe('sentence anchors in the browser', () => {
  it('a sentence link lands on that sentence, in Khmer as in English', async () => {
    const second = sentences(8)[1];
    await page().goto(url(`${routes.recommendation('km', directive, 8)}#rec-8-${second?.id}`));
    expect(await page().evaluate(() => document.querySelector(':target')?.textContent)).toBe(plainText(second?.km ?? ''));
    expect(await notice().isHidden()).toBe(true);
  });

  it('a link to a paragraph that does not exist says so, at the top of the page', async () => {
    await page().goto(url(`${routes.recommendation('en', directive, 8)}#rec-8-p2`));
    await notice().waitFor({ state: 'visible' });
    expect(await notice().textContent()).toBe(t('en', 'anchor.missing', { anchor: '#rec-8-p2' }));
    expect(await page().evaluate(() => window.scrollY)).toBe(0);
  });

  it('a link to an obligation merged into another says so too', async () => {
    await page().goto(url(`${routes.recommendation('km', directive, 4)}#obl-r04-o3`));
    await notice().waitFor({ state: 'visible' });
    expect(await notice().textContent()).toContain('#obl-r04-o3');
  });

  it('switching to the side-by-side reader and back keeps the sentence being read', async () => {
    const third = sentences(5)[2];
    const anchor = `rec-5-${third?.id}`;
    await page().goto(url(`${routes.recommendation('km', directive, 5)}#${anchor}`));
    await page().click(`a[href^="${routes.sideBySide('km', directive)}"]`);
    await page().waitForURL((address) => address.pathname === routes.sideBySide('km', directive));
    expect(new URL(page().url()).hash).toBe(`#${anchor}`);
    expect(await page().evaluate(() => document.querySelector(':target')?.className)).toBe('pair');
    await page().click(`#rec-5 ~ p a[data-keep-place]`);
    await page().waitForURL((address) => address.pathname === routes.recommendation('km', directive, 5));
    expect(new URL(page().url()).hash).toBe(`#${anchor}`);
  });
});

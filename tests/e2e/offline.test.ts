import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { langs, localeOf, type Lang } from '../../src/i18n/locales.ts';
import { routes } from '../../src/lib/routes.ts';
import { useSitePage } from '../helpers/browser.ts';
import { loadAtlas } from '../helpers/atlas.ts';

// Offline reading: after a first visit to a recommendation (the service worker saves it, the directive
// in both languages and the search files of the page's language), the network is cut; the page and a
// search for a word of it still work, and the page says it is the saved copy.

const { site } = useSitePage();
const directive = 'ocm-265-scn-pb-2025';
const number = 8;
// A word of recommendation 8 in each language, read from the stored sentences (encryption / អ៊ិនគ្រីប).
const word: Record<Lang, RegExp> = { en: /encryption/, km: /អ៊ិនគ្រីប/ };

async function readOffline(lang: Lang) {
  const sentence = loadAtlas()
    .sentences.find((entry) => entry.id === directive)
    ?.data.recommendations.find((rec) => rec.number === number)
    ?.sentences.find((candidate) => word[lang].test(candidate[lang] ?? ''));
  const query = sentence?.[lang]?.match(word[lang])?.[0];
  expect(query, 'the word is in a stored sentence of the recommendation').toBeDefined();
  const context = await site().browser.newContext();
  try {
    const page = await context.newPage();
    const url = new URL(routes.recommendation(lang, directive, number), site().base).href;
    await page.goto(url);
    // The recommendation is part of the newest letter, kept at install in both languages: the page says so.
    await page.waitForSelector('#offline-state[data-state="kept"]', { timeout: 30_000 });
    const saved = await page.locator('#offline-state').textContent();

    await context.setOffline(true);
    await page.goto(url);
    await expect.poll(() => page.locator(`#rec-${number}-${sentence?.id}`).textContent()).toContain(query);
    expect(await page.locator('html').getAttribute('lang')).toBe(localeOf(lang).tag);
    await page.waitForSelector('#offline-state[data-state="offline"]');
    const offline = await page.locator('#offline-state').textContent();

    await page.goto(new URL(`${routes.search(lang)}?q=${encodeURIComponent(query as string)}`, site().base).href);
    await page.waitForSelector('#search-results li.result');
    const hits = await page.locator('#search-results li.result a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    return { saved, offline, hits };
  } finally {
    await context.close();
  }
}

describe('offline reading', () => {
  for (const lang of langs) {
    it(`${lang}: a visited recommendation and a search for a word on it work with the network cut`, async () => {
      const { saved, offline, hits } = await readOffline(lang);
      expect(saved?.trim().length).toBeGreaterThan(5);
      expect(saved).toContain(t(lang, 'offline.kept'));
      // The state says search in the page's language is kept too only once every file of it is stored.
      expect(saved).toContain(t(lang, 'offline.search'));
      expect(offline).not.toBe(saved);
      expect(hits.some((href) => href.includes(routes.recommendation(lang, directive, number)))).toBe(true);
    }, 90_000);
  }
  it('a page outside the letter says it was saved because it was read, not kept with the letter', async () => {
    const context = await site().browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(new URL(routes.about('en'), site().base).href);
      await page.waitForSelector('#offline-state[data-state="saved"]', { timeout: 30_000 });
      const text = await page.locator('#offline-state').textContent();
      expect(text).toContain(t('en', 'offline.saved'));
      expect(text).not.toContain(t('en', 'offline.kept'));
    } finally {
      await context.close();
    }
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { recommendationsOf } from '../../src/lib/atlas.ts';
import { hasKhmer, khmerWords } from '../../src/lib/khmer-segment.ts';
import { plainText } from '../../src/lib/plain-text.ts';
import { loadAtlas } from '../helpers/atlas.ts';
import { useSitePage } from '../helpers/browser.ts';
import { searchMany, type Hit } from '../helpers/search.ts';

const R = '/directives/ocm-265-scn-pb-2025/recommendations/';
const obligation = (lang: string, rec: number, id: string) => `/${lang}${R}${rec}/#obl-r${String(rec).padStart(2, '0')}-${id}`;

// [query, a URL that must be among the first three results] — each chosen from the letter's meaning.
const english: [string, string | string[]][] = [
  ['National Data Center', obligation('en', 8, 'o5')],
  ['counterfeit goods', obligation('en', 3, 'o8')],
  ['DG SuperApp', obligation('en', 9, 'o1')],
  ['CamCERT', obligation('en', 10, 'o2')],
  ['scholarships', obligation('en', 6, 'o3')],
  ['bonded warehouses', obligation('en', 3, 'o6')],
  ['Draft Law on Cybersecurity', obligation('en', 2, 'o2')],
  ['submarine cable', obligation('en', 4, 'o2')],
  ['5G', obligation('en', 4, 'o4')],
  ['World Health Organization', obligation('en', 4, 'o6')],
  ['Silicon Valley', obligation('en', 6, 'o5')],
  ['Digital Park', obligation('en', 6, 'o5')],
  ['interoperability', obligation('en', 8, 'o3')],
  ['encryption', obligation('en', 8, 'o4')],
  ['child online protection', obligation('en', 10, 'o7')],
  ['online scams', obligation('en', 10, 'o6')],
  ['Working Group', obligation('en', 11, 'o1')],
  ['Ministry of Civil Service', obligation('en', 7, 'o4')],
  ['Digital Transformation Units', obligation('en', 7, 'o4')],
  ['technical review', obligation('en', 8, 'o6')],
  ['regional and international forums', obligation('en', 5, 'o6')],
  ['artificial intelligence governance', obligation('en', 5, 'o3')],
  ['last-mile delivery', obligation('en', 3, 'o6')],
  ['Cambodia Post', obligation('en', 3, 'o4')],
  ['digital literacy', obligation('en', 6, 'o2')],
  ['Competency Framework', obligation('en', 6, 'o2')],
  ['265', '/en/directives/ocm-265-scn-pb-2025/'],
  ['298 BT', '/en/references/mptc-letter-298-bt-2025/'],
  ['Huy Vannak', '/en/bodies/huy-vannak/'],
];

const khmer: [string, string | string[]][] = [
  ['មជ្ឈមណ្ឌលទិន្នន័យជាតិ', obligation('km', 8, 'o5')],
  ['ទំនិញក្លែងក្លាយ', obligation('km', 3, 'o8')],
  ['DG SuperApp', obligation('km', 9, 'o1')],
  ['CamCERT', obligation('km', 10, 'o2')],
  ['អាហារូបករណ៍', obligation('km', 6, 'o3')],
  ['ច្បាប់ស្តីពីសន្តិសុខសាយប័រ', obligation('km', 2, 'o2')],
  ['ខ្សែកាបអុបទិកក្រោមបាតសមុទ្រ', obligation('km', 4, 'o2')],
  ['ទំនិញ', obligation('km', 3, 'o8')],
  ['អង្គការសុខភាពពិភពលោក', [obligation('km', 4, 'o6'), '/km/bodies/world-health-organization/']],
  ['សួនឌីជីថល', obligation('km', 6, 'o5')],
  ['អក្ខរកម្មឌីជីថល', obligation('km', 6, 'o2')],
  ['ការឆបោក', obligation('km', 10, 'o6')],
  ['ប្រៃសណីយ៍កម្ពុជា', obligation('km', 3, 'o4')],
  ['ក្រសួងមុខងារសាធារណៈ', [obligation('km', 7, 'o4'), '/km/bodies/ministry-of-civil-service/']],
  ['អនុក្រឹត្យ', obligation('km', 7, 'o4')],
  ['គណៈកម្មាធិការរដ្ឋាភិបាលឌីជីថល', '/km/bodies/digital-government-committee/'],
  ['ធនាគារជាតិនៃកម្ពុជា', obligation('km', 3, 'o8')],
  ['ពាណិជ្ជកម្មតាមប្រព័ន្ធអេឡិចត្រូនិក', obligation('km', 3, 'o8')],
  ['ការអ៊ិនគ្រីប', obligation('km', 8, 'o4')],
  ['ឆាប់បំផុត', obligation('km', 8, 'o5')],
  ['ខែមីនា', obligation('km', 9, 'o1')],
  ['បញ្ញាសិប្បនិម្មិត', `/km${R}5/`],
  ['សន្តិសុខសាយប័រ', [`/km${R}10/`, `/km${R}2/`, '/km/themes/cybersecurity/', '/km/instruments/draft-law-on-cybersecurity/']],
  ['វេទិការាជរដ្ឋាភិបាល-ផ្នែកឯកជន', [`/km${R}11/`, '/km/bodies/government-private-sector-forum/']],
  ['ទីស្តីការគណៈរដ្ឋមន្ត្រី', '/km/bodies/ocm/'],
  ['២៦៥', '/km/directives/ocm-265-scn-pb-2025/'],
  ['265', '/km/directives/ocm-265-scn-pb-2025/'],
  ['ការពារកុមារ', `/km${R}10/`],
];

/** An expected answer: one URL, a set of right URLs, or a recommendation page prefix (ending in "/"). */
function accepts(expected: string | string[], url: string): boolean {
  return (Array.isArray(expected) ? expected : [expected]).some((right) => url === right || (right.endsWith('/') && right.includes('/recommendations/') && url.startsWith(right)));
}

const nothing = ['xylophone', 'hovercraft', 'ករសង', 'ឡានក្រុង'];

const { site, page } = useSitePage();

async function run(lang: 'en' | 'km', queries: string[]): Promise<Hit[][]> {
  await page().goto(new URL(`/${lang}/search/`, site().base).href);
  return searchMany(page(), queries, { exactDiacritics: lang === 'km' });
}

describe('search finds obligations, in English and in Khmer', () => {
  it.each([['en', english] as const, ['km', khmer] as const])('%s: each query lands on the right obligation or page in the top three', async (lang, cases) => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    const hits = await run(
      lang,
      cases.map(([query]) => query),
    );
    const misses = cases.flatMap(([query, expected], index) =>
      (hits[index] ?? []).slice(0, 3).some((hit) => accepts(expected, hit.url))
        ? []
        : [
            `${query} -> ${
              (hits[index] ?? [])
                .slice(0, 3)
                .map((hit) => hit.url)
                .join(' | ') || 'nothing'
            }`,
          ],
    );
    expect(misses).toEqual([]);
  });

  it('queries that must find nothing find nothing (Khmer diacritics are kept exact)', async () => {
    const en = await run('en', nothing.slice(0, 2));
    const km = await run('km', nothing.slice(2));
    expect(Object.fromEntries(nothing.map((query, index) => [query, [...en, ...km][index]?.map((hit) => hit.url) ?? []]))).toEqual(Object.fromEntries(nothing.map((query) => [query, []])));
  });

  it('a body filter keeps the obligations that apply to all ministries', async () => {
    await page().goto(new URL('/en/search/', site().base).href);
    const [hits] = await searchMany(page(), ['Draft Law on Cybersecurity'], { exactDiacritics: false, filters: { body: ['ministry-of-commerce'], kind: ['obligation'] } });
    expect(hits?.map((hit) => hit.url)).toContain(obligation('en', 2, 'o2'));
    const [none] = await searchMany(page(), ['Draft Law on Cybersecurity'], { exactDiacritics: false, filters: { body: ['world-health-organization'], kind: ['obligation'] } });
    expect(none).toEqual([]);
  });
});

describe('Khmer recall', () => {
  it('every Khmer word of every recommendation finds that recommendation', async () => {
    const atlas = loadAtlas();
    const perRecommendation = recommendationsOf(atlas, 'ocm-265-scn-pb-2025', 'km').map((rec) => ({
      number: rec.data.number,
      // Punctuation (។ ៖ ៗ) is not a word anyone searches for.
      words: [
        ...new Set(
          plainText(rec.body ?? '')
            .match(/[\u1780-\u17ff]+/g)
            ?.flatMap(khmerWords) ?? [],
        ),
      ].filter((word) => hasKhmer(word) && !/^[\u17d4-\u17da]+$/.test(word)),
    }));
    const queries = perRecommendation.flatMap((rec) => rec.words);
    await page().goto(new URL('/km/search/', site().base).href);
    // Ask for all hits, not the top ten: recall asks whether the recommendation is found at all.
    const found: boolean[] = await page().evaluate(`(async ({ queries, targets }) => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.options({ exactDiacritics: true });
      const out = [];
      for (let i = 0; i < queries.length; i++) {
        const search = await pagefind.search(queries[i]);
        const urls = await Promise.all(search.results.map((result) => result.data().then((data) => data.url)));
        out.push(urls.some((url) => url === targets[i] || url.startsWith(targets[i] + '#')));
      }
      return out;
    })(${JSON.stringify({ queries: queries.map((query) => query), targets: perRecommendation.flatMap((rec) => rec.words.map(() => `/km${R}${rec.number}/`)) })})`);
    const total = found.length;
    const hits = found.filter(Boolean).length;
    const missed = queries.filter((_, index) => !found[index]);
    console.log(`Khmer recall: ${hits}/${total} words (${((100 * hits) / total).toFixed(1)}%)`);
    expect(total).toBeGreaterThan(500);
    expect(missed, `missed: ${missed.join(' ')}`).toEqual([]);
  });
});

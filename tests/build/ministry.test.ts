import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { langs } from '../../src/i18n/locales.ts';
import { obligationsByBody } from '../../src/lib/obligations-by-body.ts';
import { obligationPath } from '../../src/lib/atlas.ts';
import { routes } from '../../src/lib/routes.ts';
import { headersFile } from '../../src/lib/security-headers.ts';
import { loadAtlas } from '../helpers/atlas.ts';
import { builtFile, distDir, page } from '../helpers/dist.ts';

const atlas = loadAtlas();
const mef = 'ministry-of-economy-and-finance';

/** Runs a poppler tool (poppler-utils: npm test installs it). */
function poppler(tool: 'pdftotext' | 'pdfinfo', args: string[]): string {
  if (!existsSync(`/usr/bin/${tool}`)) throw new Error(`${tool} is missing: npm test installs poppler-utils (apt-get install -y poppler-utils)`);
  return execFileSync(tool, args, { encoding: 'utf8' });
}
const pdfPages = (path: string) => Number(/^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', [path]))?.[1]);
/** The PDF's text with every space removed: line breaks and the gaps a text extractor adds do not count. */
const pdfText = (path: string) => poppler('pdftotext', ['-raw', path, '-']).replace(/[\s\u200b]+/g, '');
const squeeze = (text: string) => text.replace(/[\s\u200b]+/g, '');

describe('every obligation has a permalink that resolves', () => {
  it.each(langs)('%s: each permalink is a built page with the entry at its anchor, and the entry cites that permalink', (lang) => {
    for (const obligation of atlas.obligations) {
      const permalink = obligationPath(atlas, lang, obligation);
      const [path = '', anchor = ''] = permalink.split('#');
      const entry = page(path).getElementById(anchor);
      expect(entry, permalink).not.toBeNull();
      expect(entry?.closest('[data-obligation]')?.getAttribute('data-obligation'), permalink).toBe(obligation.id);
      const card = entry?.closest('li.obligation');
      expect(card?.querySelector('a[data-permalink]')?.getAttribute('href')).toBe(permalink);
      // Its own Cite box: the permanent link it gives is this permalink.
      expect(card?.querySelector('.cite [id$="-url"]')?.text.trim()).toMatch(new RegExp(`${permalink.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
    }
  });
});

describe('per-body open data', () => {
  it('every body has its JSON, CSV and Atom feed, linked from its page in both languages', () => {
    for (const body of atlas.bodies) {
      for (const format of ['json', 'csv', 'xml'] as const) expect(existsSync(join(distDir, routes.bodyData(body.id, format))), `${body.id}.${format}`).toBe(true);
      for (const lang of langs) {
        if (obligationsByBody(atlas, body.id).length === 0) continue;
        const links = page(routes.body(lang, body.id))
          .querySelectorAll('a')
          .map((link) => link.getAttribute('href'));
        expect(links).toEqual(expect.arrayContaining([routes.bodyData(body.id, 'json'), routes.bodyData(body.id, 'csv'), routes.bodyData(body.id, 'xml'), routes.brief(lang, body.id)]));
      }
    }
    expect(JSON.parse(builtFile('/data/body.schema.json')).title).toContain('one body');
  });

  it('/data/* and the widget are served with CORS headers, pages are not', () => {
    const file = builtFile('/_headers');
    expect(file).toBe(headersFile());
    expect(file).toMatch(/^\/data\/\*\n {2}Access-Control-Allow-Origin: \*$/m);
    expect(file).toMatch(/^\/widget\/\*\n {2}Access-Control-Allow-Origin: \*/m);
    const pages = file.split('\n\n').find((block) => /^\/\*$/m.test(block));
    expect(pages).toContain('Content-Security-Policy');
    expect(pages).not.toContain('Access-Control-Allow-Origin');
  });
});

describe('PDF briefs', () => {
  const withObligations = atlas.bodies.filter((body) => obligationsByBody(atlas, body.id).length > 0).map((body) => body.id);

  it('exist for every body with obligations, in both languages, and for no other', () => {
    for (const lang of langs) {
      expect(readdirSync(join(distDir, 'briefs', lang)).sort()).toEqual(withObligations.map((id) => `${id}.pdf`).sort());
    }
  });

  it.each([
    [mef, 2],
    ['mptc', 6],
  ] as const)('%s: the brief fits on %i A4 pages in both languages', (id, most) => {
    for (const lang of langs) {
      const pages = pdfPages(join(distDir, routes.brief(lang, id)));
      expect(pages, `${lang}/${id}`).toBeGreaterThan(0);
      expect(pages, `${lang}/${id}`).toBeLessThanOrEqual(most);
      expect(poppler('pdfinfo', [join(distDir, routes.brief(lang, id))])).toMatch(/Page size:\s+59[45]\.\d* x 841\.\d* pts \(A4\)/);
    }
  });

  it.each(langs)('%s: the brief of the Ministry of Economy and Finance says what the data says', (lang) => {
    // The brief is the first page: the first part of the data (on the real site, every obligation).
    const data = JSON.parse(builtFile(routes.bodyDataPart(mef, 1, 'json'))) as {
      dataUpdated: string | null;
      obligations: { action: { en: string; km: string }; deadline: { text: string; km: string } | null }[];
    };
    const text = pdfText(join(distDir, routes.brief(lang, mef)));
    // Every action, in the brief's language, and every deadline as written.
    for (const item of data.obligations) {
      expect(text).toContain(squeeze(item.action[lang]));
      if (item.deadline) expect(text).toContain(squeeze(lang === 'en' ? item.deadline.text : item.deadline.km));
    }
    // The permalink of the page, and the date the data last changed as the page writes it.
    const bodyPage = page(routes.body(lang, mef));
    expect(text).toContain(squeeze(new URL(routes.body(lang, mef), JSON.parse(builtFile(routes.bodyData(mef, 'json'))).site).href));
    expect(text).toContain(squeeze(bodyPage.querySelector('[data-updated]')?.text ?? 'missing'));
    // The summary's total, in the page's numerals.
    expect(text).toContain(squeeze(bodyPage.querySelector('.body-summary__total')?.text ?? 'missing'));
  });
});

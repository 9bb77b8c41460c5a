import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/atlas.ts';
import { addressesWithAnchors } from '../helpers/public-addresses.ts';

/**
 * Permalinks are promises. tests/fixtures/letter-addresses.json lists every public address of the site
 * and every anchor of each page as built on 2026-12-07, before the atlas held any document but letter
 * No. 265 SCN.PB: every one of them must still resolve, whatever the model of documents becomes.
 * New addresses and anchors are welcome; none may go. The list is never regenerated, only extended.
 */
const baseline = JSON.parse(readFileSync(join(projectRoot, 'tests/fixtures/letter-addresses.json'), 'utf8')) as Record<string, string[]>;
const built = addressesWithAnchors();

describe('every address and anchor the letter had before the atlas grew', () => {
  it('the baseline is the letter site: its pages in both languages, its data, its briefs', () => {
    const addresses = Object.keys(baseline);
    expect(addresses.length).toBeGreaterThan(500);
    for (const path of ['/en/directives/ocm-265-scn-pb-2025/', '/km/directives/ocm-265-scn-pb-2025/', '/data/akn/ocm-265-scn-pb-2025.xml', '/data/directives/ocm-265-scn-pb-2025.json']) {
      expect(addresses).toContain(path);
    }
    expect(baseline['/en/directives/ocm-265-scn-pb-2025/']).toEqual(expect.arrayContaining(['rec-1', 'rec-11', 'rec-8-s2', 'ref-1', 'intro']));
  });

  it('still serves every address', () => {
    const missing = Object.keys(baseline).filter((address) => !(address in built));
    expect(missing).toEqual([]);
  });

  it('still has every anchor on its page', () => {
    const missing = Object.entries(baseline).flatMap(([address, anchors]) => {
      const now = new Set(built[address] ?? []);
      return anchors.filter((anchor) => !now.has(anchor)).map((anchor) => `${address}#${anchor}`);
    });
    expect(missing).toEqual([]);
  });
});

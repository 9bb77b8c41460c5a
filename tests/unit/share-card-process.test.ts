import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCardProcess } from '../../src/integrations/share-cards.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../../src/lib/share-card.ts';
import { cardPath, directiveShareCards, type CardPage } from '../../src/lib/views/share-cards.ts';
import { loadAtlas } from '../helpers/atlas.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atlas-cards-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The directive's real cards (both languages), repeated under numbered pages up to `count`. */
function realCards(count: number): CardPage[] {
  const atlas = loadAtlas();
  const cards = directiveShareCards(atlas, atlas.directives[0]!.id);
  return Array.from({ length: count }, (_, n) => {
    const { page, card } = cards[n % cards.length]!;
    return { page: `${page}copy-${n}/`, card };
  });
}

describe('the share-card process', () => {
  it('writes a 1200×630 PNG for every card handed over, and gives back the memory of each (150 cards)', async () => {
    const dist = join(scratch, 'dist');
    const cards = realCards(150);
    expect(cards.some((page) => page.card.lang === 'km')).toBe(true);
    const process = startCardProcess(dist);
    // Handed over in batches, as the pages' data does (one directive at a time).
    for (let at = 0; at < cards.length; at += 24) process.sink.cards(cards.slice(at, at + 24));
    process.sink.end();
    const { written, peakRss } = await process.finish();
    expect(written).toBe(150);
    for (const { page } of [cards[0]!, cards[77]!, cards[149]!]) {
      const png = readFileSync(join(dist, ...cardPath(page).split('/').filter(Boolean)));
      expect([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
      // IHDR: width and height, big-endian, at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    }
    // Each render holds 3 MB of pixels until collected and finalized. Measured peaks for these 150 cards:
    // 155 MiB (150 MiB after 20 cards), 179 MiB without the collection every 8 cards. The worker threads
    // this process replaced leaked those 3 MB a card, which would put it near 600 MiB here.
    expect(peakRss).toBeLessThan(300 * 2 ** 20);
  });

  it('fails the build when the pages hand over no cards', async () => {
    await expect(startCardProcess(join(scratch, 'never')).finish()).rejects.toThrow('handed over no cards');
  });

  it('fails, naming the page, when a card cannot be written', async () => {
    const notADirectory = join(scratch, 'a-file');
    writeFileSync(notADirectory, '');
    const process = startCardProcess(notADirectory);
    const [first] = realCards(1);
    process.sink.cards([first!]);
    process.sink.end();
    await expect(process.finish()).rejects.toThrow(`share card of ${first!.page}`);
  });
});

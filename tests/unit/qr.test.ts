import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrSvgDataUrl } from '../../src/lib/qr.ts';

/** The QR code's SVG rasterized (resvg) and read back (jsQR), as a phone's camera would. */
function readBack(dataUrl: string, width: number): string | undefined {
  const svg = decodeURIComponent(dataUrl.replace(/^data:image\/svg\+xml,/, ''));
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: width }, background: '#fff' }).render();
  return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
}

describe('QR codes of permalinks', () => {
  const permalinks = ['https://example.org/en/bodies/mptc/', 'https://example.org/km/bodies/ministry-of-economy-and-finance/'];
  it.each(permalinks)('%s reads back as itself, at the size shown and at a printer-like size', (permalink) => {
    const url = qrSvgDataUrl(permalink);
    expect(readBack(url, 120)).toBe(permalink);
    expect(readBack(url, 600)).toBe(permalink);
  });
});

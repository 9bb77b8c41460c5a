import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrBackground, qrCode } from '../../src/lib/qr.ts';

/** The QR code drawn as the body page draws it (QrCode.astro), rasterized (resvg) and read back (jsQR), as a phone's camera would. */
function readBack(text: string, width: number): string | undefined {
  const code = qrCode(text);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${code.size} ${code.size}" shape-rendering="crispEdges"><path fill="#fff" d="${qrBackground(code)}"/><path stroke="#000" d="${code.path}"/></svg>`;
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: width }, background: '#fff' }).render();
  return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
}

describe('QR codes of permalinks', () => {
  const permalinks = ['https://example.org/en/bodies/mptc/', 'https://example.org/km/bodies/ministry-of-economy-and-finance/'];
  it.each(permalinks)('%s reads back as itself, at the size shown and at a printer-like size', (permalink) => {
    expect(readBack(permalink, 120)).toBe(permalink);
    expect(readBack(permalink, 600)).toBe(permalink);
  });
});

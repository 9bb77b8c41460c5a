import qrcode from 'qrcode-generator';

/**
 * A QR code of `text` as an SVG data URL, for an <img> (the CSP allows `data:` images; an SVG in an
 * image runs no script and needs no inline style on the page). Made at build time, without network.
 */
export function qrSvgDataUrl(text: string): string {
  const code = qrcode(0, 'M');
  code.addData(text);
  code.make();
  const svg = code.createSvgTag({ cellSize: 1, margin: 2, scalable: true });
  // Percent-encoded rather than base64: the page's gzip then compresses the SVG's repeated path data.
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

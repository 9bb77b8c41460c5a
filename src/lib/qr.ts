import qrcode from 'qrcode-generator';

/** The quiet zone around the code, in modules. */
const MARGIN = 2;

/**
 * A QR code of `text` as an SVG data URL, for an <img> (the CSP allows `data:` images; an SVG in an
 * image runs no script and needs no inline style on the page). Made at build time, without network.
 * Each row's dark modules are drawn as horizontal strokes, each run one relative move and one line
 * (`m3 0h5`): a tenth of the size of one square per module, so the page carrying it stays light.
 */
export function qrSvgDataUrl(text: string): string {
  const code = qrcode(0, 'M');
  code.addData(text);
  code.make();
  const count = code.getModuleCount();
  const size = count + 2 * MARGIN;
  let path = '';
  for (let row = 0; row < count; row++) {
    let runs = '';
    let at = 0;
    for (let column = 0; column < count;) {
      if (!code.isDark(row, column)) {
        column++;
        continue;
      }
      let end = column;
      while (end < count && code.isDark(row, end)) end++;
      runs += `m${column - at} 0h${end - column}`;
      at = end;
      column = end;
    }
    // A stroke of width 1 centred on the row's middle line covers the row's modules exactly.
    if (runs) path += `M${MARGIN} ${row + MARGIN + 0.5}${runs}`;
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><path fill="#fff" d="M0 0h${size}v${size}H0z"/><path stroke="#000" d="${path}"/></svg>`;
  // Percent-encoded rather than base64: the page's gzip then compresses the SVG's repeated path data.
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

import qrcode from 'qrcode-generator';

/** The quiet zone around the code, in modules. */
const MARGIN = 2;

/** A QR code as SVG geometry: the side of its square viewBox and the path of its dark modules. */
export interface QrCode {
  size: number;
  path: string;
}

/**
 * A QR code of `text`, made at build time without network, for an inline <svg> (no script, no style
 * attribute: the CSP holds). Each row's dark modules are drawn as horizontal strokes, each run one
 * relative move and one line (`m3 0h5`): a tenth of the size of one square per module, and the path
 * sits in the page's HTML unescaped, so its gzip compresses the repeated runs.
 */
export function qrCode(text: string): QrCode {
  const code = qrcode(0, 'M');
  code.addData(text);
  code.make();
  const count = code.getModuleCount();
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
  return { size: count + 2 * MARGIN, path };
}

/** The quiet zone's white square, drawn under the modules (a dark page background must not show through). */
export function qrBackground({ size }: QrCode): string {
  return `M0 0h${size}v${size}H0z`;
}

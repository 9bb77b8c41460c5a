// The briefs and the embeddable list: pages of each PDF brief (A4) of the bodies the issue names, and
// the widget's weight, raw and gzip-compressed. Prints figures; asserts nothing. Needs a built site.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const pages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

console.log(['brief', 'lang', 'A4 pages', 'KiB'].join('\t'));
for (const id of ['ministry-of-economy-and-finance', 'mptc']) {
  for (const lang of ['en', 'km']) {
    const file = `${dist}briefs/${lang}/${id}.pdf`;
    console.log([id, lang, pages(readFileSync(file)), (statSync(file).size / 1024).toFixed(1)].join('\t'));
  }
}
const widget = readFileSync(`${dist}widget/obligations.js`);
console.log(`widget /widget/obligations.js: ${widget.length} bytes raw, ${gzipSync(widget, { level: 9 }).length} bytes gzip`);

// Builds the Pagefind index of the built site (dist/): every page, read through our Khmer
// segmentation plugin, plus one record per obligation and language. Writes dist/pagefind/ and the
// vocabulary the search page segments Khmer queries with (dist/search/km-words.json).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { searchableText } from '../src/lib/khmer-segment.ts';
import { obligationRecords } from '../src/lib/search-records.ts';
import rehypeKhmerSearchText from '../src/plugins/rehype-khmer-search-text.ts';
import { atlasFromFiles } from '../src/validation/atlas-from-files.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const vocabulary = new Set<string>();
const addWord = (word: string) => vocabulary.add(word);
const forIndexer = unified().use(rehypeParse).use(rehypeKhmerSearchText, { onWord: addWord }).use(rehypeStringify);

const started = performance.now();
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
const fail = (what: string, problems: string[]) => {
  if (problems.length > 0) throw new Error(`Pagefind ${what}: ${problems.join('; ')}`);
};

let pages = 0;
for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).sort()) {
  const html = readFileSync(join(dist, file), 'utf8');
  if (!html.includes('data-pagefind-body')) continue;
  const url = `/${relative(dist, join(dist, file)).split(sep).join('/')}`.replace(/index\.html$/, '');
  const content = html.includes(' lang="km"') ? String(await forIndexer.process(html)) : html;
  fail(`could not index ${url}`, (await index.addHTMLFile({ url, content })).errors);
  pages++;
}

const atlas = atlasFromFiles(join(root, 'src/content'), root);
let records = 0;
for (const lang of ['en', 'km'] as const) {
  for (const record of obligationRecords(atlas, lang)) {
    const content = lang === 'km' ? searchableText(record.content, addWord) : record.content;
    fail(`could not index ${record.url}`, (await index.addCustomRecord({ ...record, content })).errors);
    records++;
  }
}

fail('could not write the index', (await index.writeFiles({ outputPath: join(dist, 'pagefind') })).errors);
await pagefind.close();
mkdirSync(join(dist, 'search'), { recursive: true });
writeFileSync(join(dist, 'search', 'km-words.json'), JSON.stringify([...vocabulary].sort()));
console.log(`search: indexed ${pages} pages and ${records} obligation records, ${vocabulary.size} Khmer words, in ${Math.round(performance.now() - started)} ms`);

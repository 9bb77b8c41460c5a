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
import rehypeSearchWordBreaks from '../src/plugins/rehype-search-word-breaks.ts';
import { atlasFromFiles } from '../src/validation/atlas-from-files.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const vocabulary = new Set<string>();
const addWord = (word: string) => vocabulary.add(word);

const started = performance.now();
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
const fail = (what: string, problems: string[]) => {
  if (problems.length > 0) throw new Error(`Pagefind ${what}: ${problems.join('; ')}`);
};

const htmlPages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.html'))
  .sort()
  .map((file) => ({ url: `/${relative(dist, join(dist, file)).split(sep).join('/')}`.replace(/index\.html$/, ''), html: readFileSync(join(dist, file), 'utf8') }))
  .filter((page) => page.html.includes('data-pagefind-body'));
const isKhmer = (html: string) => html.includes('<html lang="km"');
const atlas = atlasFromFiles(join(root, 'src/content'), root);
const records = (['en', 'km'] as const).flatMap((lang) => obligationRecords(atlas, lang));

// Pass 1: every Khmer word the segmenter produces, anywhere on the site.
const collect = unified().use(rehypeParse).use(rehypeKhmerSearchText, { onWord: addWord }).use(rehypeStringify);
for (const page of htmlPages.filter((candidate) => isKhmer(candidate.html))) await collect.process(page.html);
for (const record of records.filter((candidate) => candidate.language === 'km')) searchableText(record.content, addWord);

// Pass 2: index, with words that ICU split in some contexts indexed whole as well.
const forIndexer = unified().use(rehypeParse).use(rehypeSearchWordBreaks).use(rehypeKhmerSearchText, { vocabulary }).use(rehypeStringify);
const latinForIndexer = unified().use(rehypeParse).use(rehypeSearchWordBreaks).use(rehypeStringify);
for (const page of htmlPages) {
  const content = String(await (isKhmer(page.html) ? forIndexer : latinForIndexer).process(page.html));
  fail(`could not index ${page.url}`, (await index.addHTMLFile({ url: page.url, content })).errors);
}
for (const record of records) {
  const content = record.language === 'km' ? searchableText(record.content, undefined, vocabulary) : record.content;
  fail(`could not index ${record.url}`, (await index.addCustomRecord({ ...record, content })).errors);
}
const pages = htmlPages.length;

fail('could not write the index', (await index.writeFiles({ outputPath: join(dist, 'pagefind') })).errors);
await pagefind.close();
mkdirSync(join(dist, 'search'), { recursive: true });
writeFileSync(join(dist, 'search', 'km-words.json'), JSON.stringify([...vocabulary].sort()));
console.log(`search: indexed ${pages} pages and ${records.length} obligation records, ${vocabulary.size} Khmer words, in ${Math.round(performance.now() - started)} ms`);

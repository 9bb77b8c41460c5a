import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { Atlas } from '../lib/atlas.ts';
import { searchableText } from '../lib/khmer-segment.ts';
import { obligationRecords } from '../lib/search-records.ts';
import { langs, translatedLang } from '../i18n/locales.ts';
import rehypeKhmerSearchText from '../plugins/rehype-khmer-search-text.ts';
import rehypeSearchWordBreaks from '../plugins/rehype-search-word-breaks.ts';
import { serveFromLastBuild } from './serve-last-build.ts';
import { writeSearchPageFiles } from './search-page-files.ts';

/** Where the search page finds the Khmer words the index knows (it splits queries against them). */
export const khmerVocabularyPath = 'search/km-words.json';

/**
 * Builds the Pagefind index of the built site, inside `astro build` (so any host that runs it publishes
 * search): every page, Khmer read through our segmentation plugin, plus one record per obligation and
 * language from the atlas the pages were built from (dist/data/atlas.json).
 */
export async function buildSearchIndex(dist: string, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  const vocabulary = new Set<string>();
  const addWord = (word: string) => vocabulary.add(word);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const fail = (what: string, problems: string[]) => {
    if (problems.length > 0) throw new Error(`Pagefind ${what}: ${problems.join('; ')}`);
  };
  const htmlFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort();
  const pageOf = (file: string) => ({ url: `/${relative(dist, join(dist, file)).split(sep).join('/')}`.replace(/index\.html$/, ''), html: readFileSync(join(dist, file), 'utf8') });
  const isTranslated = (html: string) => html.includes(`<html lang="${translatedLang}"`);
  const atlas = JSON.parse(readFileSync(join(dist, 'data/atlas.json'), 'utf8')) as Atlas;
  const records = langs.flatMap((lang) => obligationRecords(atlas, lang));

  // Pass 1: every Khmer word the segmenter produces, anywhere on the site (pages read one at a time).
  const collect = unified().use(rehypeParse).use(rehypeKhmerSearchText, { onWord: addWord }).use(rehypeStringify);
  let pages = 0;
  for (const file of htmlFiles) {
    const page = pageOf(file);
    if (!page.html.includes('data-pagefind-body')) continue;
    pages += 1;
    if (isTranslated(page.html)) await collect.process(page.html);
  }
  for (const record of records.filter((candidate) => candidate.language === translatedLang)) searchableText(record.content, addWord);

  // Pass 2: index, with words that ICU split in some contexts indexed whole as well.
  const forIndexer = unified().use(rehypeParse).use(rehypeSearchWordBreaks).use(rehypeKhmerSearchText, { vocabulary }).use(rehypeStringify);
  const latinForIndexer = unified().use(rehypeParse).use(rehypeSearchWordBreaks).use(rehypeStringify);
  for (const file of htmlFiles) {
    const page = pageOf(file);
    if (!page.html.includes('data-pagefind-body')) continue;
    const content = String(await (isTranslated(page.html) ? forIndexer : latinForIndexer).process(page.html));
    fail(`could not index ${page.url}`, (await index.addHTMLFile({ url: page.url, content })).errors);
  }
  for (const record of records) {
    const content = record.language === translatedLang ? searchableText(record.content, undefined, vocabulary) : record.content;
    fail(`could not index ${record.url}`, (await index.addCustomRecord({ ...record, content })).errors);
  }
  fail('could not write the index', (await index.writeFiles({ outputPath: join(dist, 'pagefind') })).errors);
  await pagefind.close();
  mkdirSync(join(dist, 'search'), { recursive: true });
  writeFileSync(join(dist, khmerVocabularyPath), JSON.stringify([...vocabulary].sort()));
  // The search page's own files: the vocabulary split by first letter, and what its <head> preloads.
  writeSearchPageFiles(dist, vocabulary);
  log(`indexed ${pages} pages and ${records.length} obligation records, ${vocabulary.size} Khmer words, in ${Math.round(performance.now() - started)} ms`);
}

/** The search index as part of the Astro build; in dev, the index of the last build is served. */
export default function searchIndex(): AstroIntegration {
  let outDir = '';
  return {
    name: 'directive-atlas:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': serveFromLastBuild(() => outDir, ['/pagefind/', '/search/']),
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), (line) => logger.info(line));
      },
    },
  };
}

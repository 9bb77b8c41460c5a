import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { joinAtlas, type AtlasPart } from '../lib/atlas-export.ts';
import type { Atlas } from '../lib/atlas.ts';
import { dataFiles } from '../lib/routes.ts';
import { forgetSegmentedRuns, searchableText } from '../lib/khmer-segment.ts';
import { obligationRecords } from '../lib/search-records.ts';
import { langs, translatedLang, type Lang } from '../i18n/locales.ts';
import rehypeKhmerSearchText from '../plugins/rehype-khmer-search-text.ts';
import rehypeSearchWordBreaks, { withBlockBreaks } from '../plugins/rehype-search-word-breaks.ts';
import { benchMark } from './bench-marks.ts';
import { serveFromLastBuild } from './serve-last-build.ts';
import { writeSearchPageFiles } from './search-page-files.ts';

/**
 * Every Khmer word the index knows, in one file, for tools and tests (the search page fetches only the
 * files of src/lib/search-vocabulary.ts that a query needs).
 */
export const khmerVocabularyPath = 'search/km-words.json';

/**
 * Pagefind writes one fragment file per page up to this count per language, and bundles fragments into
 * shared files beyond it: keeps the file count of large sites under static hosts' limits.
 */
export const MAX_FRAGMENTS = 2000;

/**
 * Builds the Pagefind index of the built site, inside `astro build` (so any host that runs it publishes
 * search): every page, Khmer read through our segmentation plugin, plus one record per obligation and
 * language from the atlas the pages were built from (dist/data/atlas.json and dist/data/atlas/<id>.json,
 * read one directive at a time), streamed to Pagefind: no step holds every page or every record.
 */
export async function buildSearchIndex(dist: string, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  const vocabulary = new Set<string>();
  const addWord = (word: string) => vocabulary.add(word);
  const { index, errors } = await pagefind.createIndex({ maxFragments: MAX_FRAGMENTS });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const fail = (what: string, problems: string[]) => {
    if (problems.length > 0) throw new Error(`Pagefind ${what}: ${problems.join('; ')}`);
  };
  const htmlFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort();
  const pageOf = (file: string) => ({ url: `/${relative(dist, join(dist, file)).split(sep).join('/')}`.replace(/index\.html$/, ''), html: searchablePart(readFileSync(join(dist, file), 'utf8')) });
  const isTranslated = (html: string) => html.includes(`<html lang="${translatedLang}"`);
  // The obligation records, one directive at a time (its part of the atlas read, used and let go).
  const shared = JSON.parse(readFileSync(join(dist, dataFiles.atlas), 'utf8')) as Atlas;
  const recordsByDirective = function* (languages: readonly Lang[]) {
    for (const directive of shared.directives) {
      const part = JSON.parse(readFileSync(join(dist, dataFiles.atlasPart(directive.id)), 'utf8')) as AtlasPart;
      const atlas = { ...joinAtlas(shared, [part]), directives: [directive] };
      for (const lang of languages) yield* obligationRecords(atlas, lang);
    }
  };
  let records = 0;
  // Requests to Pagefind are pipelined: the next page is read and prepared here while Pagefind indexes
  // the previous ones (two cores at work), with a bounded number in flight (bounded memory).
  const inFlight: Promise<void>[] = [];
  let failure: unknown;
  const send = async (url: string, request: Promise<{ errors: string[] }>) => {
    inFlight.push(
      request
        .then((response) => fail(`could not index ${url}`, response.errors))
        .catch((error: unknown) => {
          failure ??= error;
        }),
    );
    if (inFlight.length >= 16) await inFlight.shift();
    if (failure) throw failure;
  };
  const isPage = (html: string) => html.includes('data-pagefind-body');

  // Pass 1: every Khmer word the segmenter produces, anywhere on the site (pages read one at a time).
  // Pass 1 only reads the words: the tree is parsed and walked, never written back.
  const parser = unified().use(rehypeParse);
  const collect = unified().use(rehypeKhmerSearchText, { onWord: addWord });
  let pages = 0;
  const translatedPages: string[] = [];
  for (const file of htmlFiles) {
    const page = pageOf(file);
    if (!isPage(page.html)) continue;
    pages += 1;
    if (!isTranslated(page.html)) {
      // A page of the source language needs no vocabulary: it goes to the index now, and is not read again.
      await send(page.url, index.addHTMLFile({ url: page.url, content: withBlockBreaks(page.html) }));
      continue;
    }
    translatedPages.push(file);
    await collect.run(parser.parse(page.html));
  }
  for (const record of recordsByDirective([translatedLang])) searchableText(record.content, addWord);
  const pass1 = performance.now();

  // Pass 2: index, with words that ICU split in some contexts indexed whole as well.
  const forIndexer = unified().use(rehypeParse).use(rehypeSearchWordBreaks).use(rehypeKhmerSearchText, { vocabulary }).use(rehypeStringify);
  for (const file of translatedPages) {
    const page = pageOf(file);
    const content = String(await forIndexer.process(page.html));
    await send(page.url, index.addHTMLFile({ url: page.url, content }));
  }
  const pass2 = performance.now();
  for (const record of recordsByDirective(langs)) {
    records += 1;
    const content = record.language === translatedLang ? searchableText(record.content, undefined, vocabulary) : record.content;
    await send(record.url, index.addCustomRecord({ ...record, content }));
  }
  await Promise.all(inFlight);
  if (failure) throw failure;
  const added = performance.now();
  fail('could not write the index', (await index.writeFiles({ outputPath: join(dist, 'pagefind') })).errors);
  await pagefind.close();
  forgetSegmentedRuns();
  mkdirSync(join(dist, 'search'), { recursive: true });
  writeFileSync(join(dist, khmerVocabularyPath), JSON.stringify([...vocabulary].sort()));
  // The search page's own files: the vocabulary split by first letter, and what its <head> preloads.
  writeSearchPageFiles(dist, vocabulary);
  log(
    `indexed ${pages} pages and ${records} obligation records, ${vocabulary.size} Khmer words, in ${Math.round(performance.now() - started)} ms (words and source pages ${Math.round(pass1 - started)}, translated pages ${Math.round(pass2 - pass1)}, records ${Math.round(added - pass2)}, writing ${Math.round(performance.now() - added)})`,
  );
}

/**
 * What the indexer needs of a built page: its language and its <main> (where the page marks its search
 * body, filters and meta), without the head, header and footer that every page repeats: less to parse
 * and less for Pagefind to hold. A page without a search body is returned whole (it is skipped).
 */
export function searchablePart(html: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
  if (start < 0 || end < start || !lang || !html.includes('data-pagefind-body')) return html;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${html.slice(start, end + '</main>'.length)}</body></html>`;
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
        benchMark('search-index:start');
        await buildSearchIndex(fileURLToPath(dir), (line) => logger.info(line));
        benchMark('search-index:end');
      },
    },
  };
}

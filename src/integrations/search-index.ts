import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { forgetSegmentedRuns, searchableText } from '../lib/khmer-segment.ts';
import { obligationRecords } from '../lib/search-records.ts';
import { directiveOfUrl, partitionDirectives, SEARCH_PART_RECORDS, type SearchPart } from '../lib/search-parts.ts';
import { langs, translatedLang, type Lang } from '../i18n/locales.ts';
import { khmerPageForIndex, khmerWordsOfPage, withBlockBreaks } from '../lib/search-page-text.ts';
import { benchMark } from './bench-marks.ts';
import { builtAtlas } from './built-atlas.ts';
import { serveFromLastBuild } from './serve-last-build.ts';
import { writeSearchPageFiles } from './search-page-files.ts';

/**
 * Every Khmer word the index knows, in one file, for tools and tests (the search page fetches only the
 * files of src/lib/search-vocabulary.ts that a query needs).
 */
export const khmerVocabularyPath = 'search/km-words.json';

/**
 * Pagefind writes one fragment file per record up to this count per language and part, and bundles
 * fragments into shared files beyond it. A part holds at most 1,000 records a language
 * (SEARCH_PART_RECORDS), so its fragments are never bundled: bundles of 4 (a limit of 250) halved the
 * file count but made a first Khmer query on a wide screen fetch 66 KiB at 1,000 directives (24.6 KiB of
 * it fragment bundles), over the 60 KB target; measured with `npm run bench:scale -- 1000`.
 */
export const MAX_FRAGMENTS = 2000;

/**
 * Builds the Pagefind index of the built site, inside `astro build` (so any host that runs it publishes
 * search): every page, Khmer read through our segmentation plugin, plus one record per obligation and
 * language from the atlas the pages were built from (dist/data/atlas.json and dist/data/atlas/<id>.json,
 * read one directive at a time). The index is written in parts, newest directives first
 * (src/lib/search-parts.ts), each by a Pagefind index of its own, closed before the next opens: what the
 * indexer holds is one part, never the whole site.
 */
export async function buildSearchIndex(dist: string, log: (line: string) => void, budget = SEARCH_PART_RECORDS): Promise<SearchPart[]> {
  const started = performance.now();
  const vocabulary = new Set<string>();
  const addWord = (word: string) => vocabulary.add(word);
  const fail = (what: string, problems: string[]) => {
    if (problems.length > 0) throw new Error(`Pagefind ${what}: ${problems.join('; ')}`);
  };
  const htmlFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort();
  const urlOf = (file: string) => `/${relative(dist, join(dist, file)).split(sep).join('/')}`.replace(/index\.html$/, '');
  const pageOf = (file: string) => ({ url: urlOf(file), html: searchablePart(readFileSync(join(dist, file), 'utf8')) });
  const isTranslated = (html: string) => html.includes(`<html lang="${translatedLang}"`);
  // The obligation records, one directive at a time (its part of the atlas read, used and let go).
  const built = builtAtlas(dist);
  const { shared } = built;
  const recordsOf = function* (directiveIds: readonly string[], languages: readonly Lang[]) {
    for (const id of directiveIds) {
      const atlas = built.ofDirective(id);
      if (!atlas) continue;
      for (const lang of languages) yield* obligationRecords(atlas, lang);
    }
  };
  const isPage = (html: string) => html.includes('data-pagefind-body');

  // Pass 1: every Khmer word the segmenter produces, anywhere on the site (pages read one at a time,
  // never written back), and which page belongs to which directive. The pages' text is read between
  // their tags (src/lib/html-text.ts), not parsed into a tree: 5 times faster, the same words.
  const pagesOf = new Map<string | undefined, string[]>();
  let pages = 0;
  for (const file of htmlFiles) {
    const page = pageOf(file);
    if (!isPage(page.html)) continue;
    pages += 1;
    const directive = directiveOfUrl(page.url);
    const list = pagesOf.get(directive) ?? [];
    if (list.length === 0) pagesOf.set(directive, list);
    list.push(file);
    if (isTranslated(page.html)) khmerWordsOfPage(page.html, addWord);
  }
  for (const record of recordsOf(
    shared.directives.map((directive) => directive.id),
    [translatedLang],
  ))
    searchableText(record.content, addWord);
  const pass1 = performance.now();

  // The parts: records per language of each directive (its pages, half of them in each language, and
  // one record per obligation), newest first under the budget.
  const parts = partitionDirectives(
    shared.directives.map((directive) => ({
      id: directive.id,
      date: directive.data.date,
      records: Math.ceil((pagesOf.get(directive.id)?.length ?? 0) / langs.length) + built.obligationCount(directive.id),
    })),
    Math.ceil((pagesOf.get(undefined)?.length ?? 0) / langs.length),
    budget,
  );

  // Pass 2: each part indexed by a Pagefind index of its own, Khmer with words that ICU split in some
  // contexts indexed whole as well.
  let records = 0;
  for (const part of parts) {
    const { index, errors } = await pagefind.createIndex({ maxFragments: MAX_FRAGMENTS });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
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
    const files = [...(part.index === 0 ? (pagesOf.get(undefined) ?? []) : []), ...part.directives.flatMap((id) => pagesOf.get(id) ?? [])];
    for (const file of files) {
      const page = pageOf(file);
      const content = isTranslated(page.html) ? khmerPageForIndex(page.html, vocabulary) : withBlockBreaks(page.html);
      await send(page.url, index.addHTMLFile({ url: page.url, content }));
    }
    for (const record of recordsOf(part.directives, langs)) {
      records += 1;
      const content = record.language === translatedLang ? searchableText(record.content, undefined, vocabulary) : record.content;
      await send(record.url, index.addCustomRecord({ ...record, content }));
    }
    await Promise.all(inFlight);
    if (failure) throw failure;
    fail('could not write the index', (await index.writeFiles({ outputPath: join(dist, ...part.path.split('/').filter(Boolean)) })).errors);
    // Closing the service ends Pagefind's process: the next part starts from empty memory.
    await pagefind.close();
  }
  forgetSegmentedRuns();
  mkdirSync(join(dist, 'search'), { recursive: true });
  writeFileSync(join(dist, khmerVocabularyPath), JSON.stringify([...vocabulary].sort()));
  // The search page's own files: the vocabulary split by first letter, what its <head> preloads, and the parts.
  writeSearchPageFiles(
    dist,
    vocabulary,
    parts.map((part) => ({ path: part.path, directives: part.directives.length })),
  );
  log(
    `indexed ${pages} pages and ${records} obligation records in ${parts.length} part(s), ${vocabulary.size} Khmer words, in ${Math.round(performance.now() - started)} ms (words ${Math.round(pass1 - started)}, index ${Math.round(performance.now() - pass1)})`,
  );
  return parts;
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
      'astro:server:setup': serveFromLastBuild(() => outDir, ['/pagefind/', '/pagefind-parts/', '/search/']),
      'astro:build:done': async ({ dir, logger }) => {
        benchMark('search-index:start');
        // ATLAS_SEARCH_PART_RECORDS sets a smaller budget per part (tests and benchmarks split a small site).
        const budget = Number(process.env.ATLAS_SEARCH_PART_RECORDS) || SEARCH_PART_RECORDS;
        await buildSearchIndex(fileURLToPath(dir), (line) => logger.info(line), budget);
        benchMark('search-index:end');
      },
    },
  };
}

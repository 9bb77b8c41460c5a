import { describe, expect, it } from 'vitest';
import { withoutInvisibleInKhmer } from '../../src/lib/khmer-normalize.ts';
import { searchableText, segmentQuery } from '../../src/lib/khmer-segment.ts';
import { searchPreloadLinks, withSearchPreloads, type PagefindEntry } from '../../src/lib/search-preload.ts';
import { shardName, shardsForQuery, vocabularyShards } from '../../src/lib/search-vocabulary.ts';
import { builtFile } from '../helpers/dist.ts';

const vocabulary = () => JSON.parse(builtFile('search/km-words.json')) as string[];
const split = (text: string) => text.split(/[\s\u2009\u2002]+/).filter(Boolean);

// Queries as readers type them: DA for TA, a ZWSP, spaces, a vowel before its subscript, Khmer digits, Latin beside Khmer.
const queries = ['សន្ដិសុខសាយប័រ', 'មជ្ឈមណ្ឌល\u200bទិន្នន័យជាតិ', 'ទំនិញ ក្លែងក្លាយ', 'ការអ៊ិនគ្រីប', 'ឆ្នាំ២០២៥', 'ក្រសួងពាណិជ្ជកម្ម MEF', 'ធនាគារជាតិនៃកម្ពុជា', 'ទូរគមនាគមន៍'];

describe('the Khmer vocabulary in one file per first letter', () => {
  it('splits every query exactly as the whole vocabulary does, from the files the query asks for only', () => {
    const words = vocabulary();
    const shards = vocabularyShards(words);
    for (const query of queries) {
      const needed = shardsForQuery(query);
      const loaded = new Set(needed.flatMap((name) => shards.get(name) ?? []));
      expect(segmentQuery(query, loaded), query).toBe(segmentQuery(query, new Set(words)));
      // A few letters, never the whole list.
      expect(loaded.size, query).toBeLessThan(words.length / 2);
    }
  });

  it('the build wrote a file for every letter a query can ask for, holding every word that starts with it', () => {
    const words = vocabulary();
    for (const name of new Set(queries.flatMap(shardsForQuery))) {
      const file = JSON.parse(builtFile(`search/km-words/${name}`)) as string[];
      expect(file).toEqual(words.filter((word) => shardName(word[0] ?? '') === name));
    }
    expect(shardsForQuery('MEF 2025 ២០២៥')).toEqual([]);
  });
});

describe('what the search page preloads', () => {
  const entry = JSON.parse(builtFile('pagefind/pagefind-entry.json')) as PagefindEntry;

  it('names the files Pagefind fetches first for the page language, which exist in the build', () => {
    for (const lang of ['en', 'km']) {
      const hrefs = [...searchPreloadLinks(entry, lang).matchAll(/href="([^"]+)"/g)].map((match) => (match[1] as string).split('?')[0] as string);
      expect(hrefs).toContain(`/pagefind/pagefind.${entry.languages[lang]?.hash}.pf_meta`);
      for (const href of hrefs) expect(() => builtFile(href.slice(1)), href).not.toThrow();
    }
    // Pagefind has no Khmer stemmer: the Khmer page uses its language-neutral WebAssembly.
    expect(searchPreloadLinks(entry, 'km')).toContain('/pagefind/wasm.unknown.pagefind');
  });

  it('refuses a page whose language has no index, and the built search pages carry the links', () => {
    expect(() => searchPreloadLinks(entry, 'fr')).toThrow(/no index for language "fr"/);
    expect(() => withSearchPreloads('<html><head></head></html>', entry)).toThrow(/lang/);
    const page = builtFile('km/search/index.html');
    expect(page).toContain(`pagefind-entry.json?ts=${entry.languages.km?.hash}`);
    // The page's own module is preloaded before Pagefind's files.
    const own = /<script type="module" src="([^"]+)"/.exec(page)?.[1];
    expect(own).toBeDefined();
    expect(page.indexOf(`<link rel="modulepreload" href="${own}">`)).toBeGreaterThan(-1);
    expect(page.indexOf(`<link rel="modulepreload" href="${own}">`)).toBeLessThan(page.indexOf('/pagefind/pagefind.js'));
  });
});

describe('invisible characters in the site’s own Khmer', () => {
  it('are dropped between Khmer letters before the indexer splits words, and kept elsewhere', () => {
    expect(withoutInvisibleInKhmer('សន្តិ\u200bសុខ a\u200bb')).toBe('សន្តិសុខ a\u200bb');
    const written = split(searchableText('ត្រូវតែពន្លឿនការសាងសង់មជ្ឈមណ្ឌល\u200bទិន្នន័យ\u200cជាតិ'));
    const clean = split(searchableText('ត្រូវតែពន្លឿនការសាងសង់មជ្ឈមណ្ឌលទិន្នន័យជាតិ'));
    expect(written).toEqual(clean);
  });
});

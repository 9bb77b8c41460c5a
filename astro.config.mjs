// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import rehypeParagraphAnchors from './src/plugins/rehype-paragraph-anchors.ts';
import rehypeSentenceAnchors, { sentenceFilesDigest } from './src/plugins/rehype-sentence-anchors.ts';
import khmerFont from './src/integrations/khmer-font.ts';
import searchIndex from './src/integrations/search-index.ts';
import siteFiles from './src/integrations/site-files.ts';
import briefs from './src/integrations/briefs.ts';
import offline from './src/integrations/offline.ts';
import shareCards from './src/integrations/share-cards.ts';
import contentStoreOnDisk from './src/integrations/content-store-on-disk.ts';
import buildHeap from './src/integrations/build-heap.ts';
import releaseAtlasAfterPages from './src/integrations/release-atlas.ts';
import { astroI18n, locales } from './src/i18n/locales.ts';

const cards = shareCards();

// Canonical URLs, Cite boxes, the CSV, the feed and the sitemap cite this origin: set SITE_URL when
// deploying (npm start sets it to the local address it serves).
const defaultSite = 'http://localhost:4321';
if (!process.env.SITE_URL && process.argv.includes('build')) {
  console.warn(
    `\u001b[33mSITE_URL is not set: permalinks, citations, the CSV, the feed and the sitemap will say ${defaultSite}. Set SITE_URL=https://<public origin> when building for the public.\u001b[0m`,
  );
}

// A preview of drafts (npm run build -- --drafts, or ATLAS_DRAFTS=1) is built into dist-preview/, never
// into dist/, so that no preview is deployed or served for the public by mistake (src/data/preview.ts).
const preview = process.env.ATLAS_DRAFTS === '1' || process.argv.includes('--drafts');
if (preview && process.argv.includes('build')) {
  console.warn('\u001b[33mPREVIEW BUILD: drafts are shown, each marked, in dist-preview/ (not dist/). Never publish it.\u001b[0m');
}

export default defineConfig({
  site: process.env.SITE_URL ?? defaultSite,
  outDir: preview ? './dist-preview' : './dist',
  trailingSlash: 'always',
  // Stylesheets are files, never inlined: the CSP allows no inline style.
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: astroI18n,
  markdown: {
    // Directive text is verbatim: no smart quotes or other typographic rewriting.
    // Texts are rendered once and stored by the content layer: the sentence files' digest in this config
    // makes a change to them render the texts again (see rehype-sentence-anchors.ts).
    processor: unified({ smartypants: false, rehypePlugins: [rehypeParagraphAnchors, [rehypeSentenceAnchors, { sentencesDigest: sentenceFilesDigest() }]] }),
  },
  integrations: [
    // The build's heap is collected before it grows far past its live data (measured in the file).
    buildHeap(),
    // The pages read the content store from its file, not from a copy embedded in the server bundle.
    contentStoreOnDisk(),
    mdx(),
    // First after the pages: the atlas they were built from is let go before Chromium and Pagefind start.
    releaseAtlasAfterPages(),
    sitemap({
      // Sitemaps hold at most 50,000 URLs (and 50 MB): split into files of 10,000 pages under /sitemap-index.xml.
      entryLimit: 10_000,
      i18n: { defaultLocale: astroI18n.defaultLocale, locales: Object.fromEntries(locales.map((locale) => [locale.code, locale.tag])) },
      // The bilingual landing page is no page of one language: it is nobody's alternate and has none.
      serialize: (item) => {
        if (new URL(item.url).pathname === '/') delete item.links;
        else item.links = item.links?.filter((link) => new URL(link.url).pathname !== '/') ?? [];
        return item;
      },
    }),
    siteFiles(),
    // Starts the share-card process at the build's start (the pages' data feeds it); cards.finish waits for it.
    cards.start,
    khmerFont(),
    // After the font subset: Chromium prints each body page to its PDF brief.
    briefs(),
    // It indexes the pages the other steps wrote.
    searchIndex(),
    cards.finish,
    // After the index: the service worker lists Pagefind's files.
    offline(),
  ],
});

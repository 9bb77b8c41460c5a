// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { fileURLToPath } from 'node:url';
import rehypeParagraphAnchors from './src/plugins/rehype-paragraph-anchors.ts';
import rehypeLinkMentions from './src/plugins/rehype-link-mentions.ts';
import { loadMentions } from './src/plugins/mention-index.ts';
import contentGuard from './src/integrations/content-guard.ts';
import khmerFont from './src/integrations/khmer-font.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const mentions = loadMentions(fileURLToPath(new URL('./src/content/', import.meta.url)), root);

export default defineConfig({
  // Canonical URLs and the sitemap need an absolute origin; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['en', 'km'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    // Directive text is verbatim: no smart quotes or other typographic rewriting.
    processor: unified({
      smartypants: false,
      rehypePlugins: [rehypeParagraphAnchors, [rehypeLinkMentions, { mentions }]],
    }),
  },
  integrations: [contentGuard(), mdx(), khmerFont()],
});

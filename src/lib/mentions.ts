import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { Lang } from '../i18n/locales.ts';
import rehypeLinkMentions, { type Mention } from '../plugins/rehype-link-mentions.ts';
import type { Atlas } from './atlas.ts';
import { routes } from './routes.ts';

/** The strings by which the directive text names bodies and instruments in `lang`, with their pages. */
export function mentionsOf(atlas: Atlas, lang: Lang): Mention[] {
  return [
    ...atlas.bodies.flatMap((body) => body.data.mentions[lang].map((text) => ({ text, lang, href: routes.body(lang, body.id) }))),
    ...atlas.instruments.flatMap((instrument) => instrument.data.mentions[lang].map((text) => ({ text, lang, href: routes.instrument(lang, instrument.id) }))),
  ];
}

/** Rendered directive text with its mentions linked; the text itself is unchanged (see rehype-link-mentions). */
export function linkMentionsInHtml(html: string, mentions: Mention[]): string {
  if (mentions.length === 0) return html;
  const lang = mentions[0]?.lang;
  return String(
    unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeLinkMentions, { mentions, langOf: () => lang })
      .use(rehypeStringify)
      .processSync(html),
  );
}

import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { loadAtlas } from '../../data/load-atlas.ts';
import { cardTextSetter } from '../../lib/card-fonts.ts';
import { shareCardSvg, type TextSetter } from '../../lib/share-card.ts';
import { cardPath, shareCards } from '../../lib/views/share-cards.ts';

/** The share card of every directive, recommendation, body and reference page, both languages: PNG made at build time. */
export async function getStaticPaths() {
  const atlas = await loadAtlas();
  return shareCards(atlas).map(({ page, card }) => ({ params: { card: cardPath(page).slice('/og/'.length, -'.png'.length) }, props: { card } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;
let setter: TextSetter | undefined;

export const GET: APIRoute<Props> = async ({ props }) => {
  setter ??= await cardTextSetter();
  // The SVG holds glyph outlines only (text shaped by HarfBuzz): resvg needs no font.
  const png = new Resvg(shareCardSvg(props.card, setter), { font: { loadSystemFonts: false } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

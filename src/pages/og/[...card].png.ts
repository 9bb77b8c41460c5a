import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { loadAtlas } from '../../data/load-atlas.ts';
import { cardTextSetter } from '../../lib/card-fonts.ts';
import { renderCardPng } from '../../lib/card-render-pool.ts';
import { shareCardSvg, type TextSetter } from '../../lib/share-card.ts';
import { cardPath, shareCards } from '../../lib/views/share-cards.ts';

/** The share card of every directive, recommendation, body and reference page, both languages: PNG made at build time. */
export async function getStaticPaths() {
  const atlas = await loadAtlas();
  return shareCards(atlas).map(({ page, card }) => ({ params: { card: cardPath(page).slice('/og/'.length, -'.png'.length) }, props: { card } }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;
// One text setter (fonts loaded once), shared by the card pages Astro renders at the same time.
let setter: Promise<TextSetter> | undefined;

export const GET: APIRoute<Props> = async ({ props }) => {
  setter ??= cardTextSetter();
  // Shaped here, rasterized on a worker thread while the next cards are shaped.
  const png = await renderCardPng(shareCardSvg(props.card, await setter));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

import type { Atlas } from '../lib/atlas.ts';
import { directiveShareCards, siteShareCards, type CardPage } from '../lib/views/share-cards.ts';

/** Takes the share cards to draw, in batches, then their end (src/integrations/share-cards.ts installs one per build). */
export interface ShareCardSink {
  cards(batch: CardPage[]): void;
  end(): void;
}

/**
 * Where the share-cards integration puts its sink for a build. On globalThis, under a registered symbol:
 * the integration and the pages are two module graphs (the config's and the bundled build's).
 */
export const SHARE_CARD_SINK = Symbol.for('directive-atlas:share-card-sink');

/**
 * Hands every share card of the checked atlas to the build's card process, one directive at a time,
 * before the first page is rendered: the cards are then drawn while the pages are (see the integration).
 * Does nothing without a sink (`astro dev` serves the cards of the last build).
 */
export function handOverShareCards(atlas: Atlas): void {
  const sink = (globalThis as { [SHARE_CARD_SINK]?: ShareCardSink })[SHARE_CARD_SINK];
  if (!sink) return;
  sink.cards(siteShareCards(atlas));
  for (const directive of atlas.directives) sink.cards(directiveShareCards(atlas, directive.id));
  sink.end();
}

import { groupedByKeysOnce, obligationsAcrossDirectives, type Atlas, type ObligationEntry } from './atlas.ts';

// Indexed once per obligations array: a theme's pages each take their slice without a scan.
const byTheme = new WeakMap<readonly ObligationEntry[], Map<string, ObligationEntry[]>>();
const byInstrument = new WeakMap<readonly ObligationEntry[], Map<string, ObligationEntry[]>>();

/** Obligations on a theme, in reading order. */
export function obligationsByTheme(atlas: Atlas, themeId: string): ObligationEntry[] {
  return [...groupedByKeysOnce(byTheme, obligationsAcrossDirectives(atlas), (obligation) => obligation.data.themes.map((theme) => theme.id), themeId)];
}

/** Obligations about a named instrument, in reading order. */
export function obligationsByInstrument(atlas: Atlas, instrumentId: string): ObligationEntry[] {
  return [...groupedByKeysOnce(byInstrument, obligationsAcrossDirectives(atlas), (obligation) => obligation.data.instruments.map((instrument) => instrument.id), instrumentId)];
}

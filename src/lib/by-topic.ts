import { acrossDirectives, type Atlas, type ObligationEntry } from './atlas.ts';

/** Obligations on a theme, in reading order. */
export function obligationsByTheme(atlas: Atlas, themeId: string): ObligationEntry[] {
  return atlas.obligations.filter((obligation) => obligation.data.themes.some((theme) => theme.id === themeId)).sort(acrossDirectives(atlas));
}

/** Obligations about a named instrument, in reading order. */
export function obligationsByInstrument(atlas: Atlas, instrumentId: string): ObligationEntry[] {
  return atlas.obligations.filter((obligation) => obligation.data.instruments.some((instrument) => instrument.id === instrumentId)).sort(acrossDirectives(atlas));
}

import type { Lang } from '../../i18n/locales.ts';
import { byId, type Atlas } from '../atlas.ts';
import { obligationsByInstrument, obligationsByTheme } from '../by-topic.ts';
import { webPageJsonLd } from '../json-ld.ts';
import { isUnofficial, pick } from '../localize.ts';
import { routes } from '../routes.ts';
import { bodyLink, instrumentLink, obligationList, themeLink } from './shared.ts';

/** Themes, most obligations first. */
export function themesView(atlas: Atlas, lang: Lang) {
  return {
    themes: atlas.themes
      .map((theme) => ({ ...themeLink(atlas, lang, theme.id), description: pick(theme.data.description, lang), count: obligationsByTheme(atlas, theme.id).length }))
      .sort((a, b) => b.count - a.count),
  };
}

export function themeView(atlas: Atlas, lang: Lang, themeId: string, site: URL) {
  const theme = byId(atlas.themes, themeId);
  const name = pick(theme.data.name, lang);
  return {
    id: themeId,
    name,
    jsonLd: webPageJsonLd(lang, name, routes.theme(lang, themeId), site),
    description: pick(theme.data.description, lang),
    obligations: obligationList(
      atlas,
      lang,
      obligationsByTheme(atlas, themeId).map((obligation) => ({ obligation })),
      site,
    ),
  };
}

/** Instruments in alphabetical order of the page's language. */
export function instrumentsView(atlas: Atlas, lang: Lang) {
  return {
    instruments: atlas.instruments
      .map((instrument) => ({ ...instrumentLink(atlas, lang, instrument.id), kind: instrument.data.kind, count: obligationsByInstrument(atlas, instrument.id).length }))
      .sort((a, b) => a.name.localeCompare(b.name, lang)),
  };
}

export function instrumentView(atlas: Atlas, lang: Lang, instrumentId: string, site: URL) {
  const instrument = byId(atlas.instruments, instrumentId);
  const name = pick(instrument.data.name, lang);
  return {
    id: instrumentId,
    name,
    jsonLd: webPageJsonLd(lang, name, routes.instrument(lang, instrumentId), site),
    kind: instrument.data.kind,
    owner: instrument.data.owner ? bodyLink(atlas, lang, instrument.data.owner.id) : undefined,
    /** The English name, shown beside a name that is our translation. */
    sourceName: isUnofficial(instrument.data.name, lang) ? instrument.data.name.en : undefined,
    obligations: obligationList(
      atlas,
      lang,
      obligationsByInstrument(atlas, instrumentId).map((obligation) => ({ obligation })),
      site,
    ),
  };
}

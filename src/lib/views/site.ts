import type { Lang } from '../../i18n/locales.ts';
import type { Atlas } from '../atlas.ts';
import { searchPageConfig } from '../search-config.ts';

/** The about page: the source texts' hashes and the per-directive exports it lists. */
export function aboutView(atlas: Atlas) {
  return {
    hashes: atlas.directives.map((directive) => directive.data.source.sha256),
    directiveIds: atlas.directives.map((directive) => directive.id),
  };
}

/** The search page: the filters it offers, as JSON for its script. */
export function searchView(atlas: Atlas, lang: Lang) {
  return { config: searchPageConfig(atlas, lang) };
}

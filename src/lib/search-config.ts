import { t } from '../i18n/index.ts';
import { localeOf, otherLang, type Lang } from '../i18n/locales.ts';
import { roles } from '../schemas/obligation.ts';
import { provisionOf, type Atlas } from './atlas.ts';
import { provisionFilterValue, provisionTitle } from './provisions.ts';
import { formatNumber } from './khmer.ts';
import { pick } from './localize.ts';
import { routes } from './routes.ts';
import { reportStates } from '../schemas/report.ts';
import { NO_REPORT, searchKinds } from './search-records.ts';
import { vocabularyShardDir } from './search-vocabulary.ts';

/** Filter groups of the search page, in display order. */
export const searchFilterGroups = ['kind', 'body', 'role', 'theme', 'recommendation', 'followup'] as const;

/** Everything the search page script needs in the reader's language, embedded as JSON in the page. */
export function searchPageConfig(atlas: Atlas, lang: Lang) {
  // Each provision that has obligations, once, with its name: "Recommendation 3", "Article 5", "Introduction".
  const provisionChoices = new Map<string, string>();
  for (const obligation of atlas.obligations) {
    const { directive, recommendation } = obligation.data;
    const ref = provisionOf(atlas, directive.id, recommendation);
    provisionChoices.set(provisionFilterValue(ref, recommendation), ref === undefined ? t(lang, 'directive.introPart') : provisionTitle(lang, ref));
  }
  return {
    lang,
    // The folder of the Khmer vocabulary's files, one per first letter (see search-vocabulary.ts).
    vocabularyUrl: lang === 'km' ? `/${vocabularyShardDir}/` : null,
    exactDiacritics: lang === 'km',
    // Khmer excerpts would show the indexer's word-split text: Khmer results show the page summary instead.
    showExcerpts: lang !== 'km',
    groups: searchFilterGroups.map((group) => ({ id: group, label: t(lang, `search.filter.${group}`) })),
    labels: {
      kind: Object.fromEntries(searchKinds.map((kind) => [kind, t(lang, `search.kind.${kind}`)])),
      body: Object.fromEntries(atlas.bodies.map((body) => [body.id, pick(body.data.name, lang)])),
      role: Object.fromEntries(roles.map((role) => [role, t(lang, `role.${role}`)])),
      theme: Object.fromEntries(atlas.themes.map((theme) => [theme.id, pick(theme.data.name, lang)])),
      followup: Object.fromEntries([...reportStates.map((state) => [state, t(lang, `followup.state.${state}`)]), [NO_REPORT, t(lang, 'followup.none')]]),
      recommendation: Object.fromEntries(provisionChoices),
    },
    text: {
      partial: t(lang, 'search.partial', { newest: '{newest}', total: '{total}' }),
      all: t(lang, 'search.all', { total: '{total}' }),
      results: t(lang, 'search.results', { count: '{count}' }),
      none: t(lang, 'search.none'),
      loading: t(lang, 'search.loading'),
      clear: t(lang, 'search.clear'),
      more: t(lang, 'search.more'),
      who: t(lang, 'obl.who'),
      deadline: t(lang, 'obl.deadline'),
    },
    // A query in the other language's script is offered a search of that language's pages, in one click.
    otherLang: {
      script: lang === 'en' ? ('km' as const) : ('latin' as const),
      url: routes.search(otherLang(lang)),
      text: t(lang, lang === 'en' ? 'search.otherLang.km' : 'search.otherLang.en'),
      label: t(otherLang(lang), 'search.title'),
      lang: localeOf(otherLang(lang)).tag,
    },
    digits: lang === 'km' ? Array.from({ length: 10 }, (_, digit) => formatNumber(lang, digit)) : null,
  };
}

export type SearchPageConfig = ReturnType<typeof searchPageConfig>;

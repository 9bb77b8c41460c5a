import { langs } from '../i18n/locales.ts';
import { recommendationsOf, type Atlas } from './atlas.ts';
import { routes } from './routes.ts';

/** Every HTML page the site builds, in both languages, plus the bilingual landing page. */
export function allPagePaths(atlas: Atlas): string[] {
  const paths = ['/'];
  for (const lang of langs) {
    paths.push(routes.home(lang), routes.about(lang), routes.search(lang), routes.directives(lang), routes.bodies(lang), routes.references(lang), routes.themes(lang), routes.instruments(lang));
    for (const directive of atlas.directives) {
      paths.push(routes.directive(lang, directive.id));
      for (const rec of recommendationsOf(atlas, directive.id, lang)) paths.push(routes.recommendation(lang, directive.id, rec.data.number));
    }
    for (const body of atlas.bodies) paths.push(routes.body(lang, body.id));
    for (const reference of atlas.references) paths.push(routes.reference(lang, reference.id));
    for (const theme of atlas.themes) paths.push(routes.theme(lang, theme.id));
    for (const instrument of atlas.instruments) paths.push(routes.instrument(lang, instrument.id));
  }
  return paths;
}

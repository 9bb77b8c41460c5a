import { localeOf, type Lang } from '../i18n/locales.ts';
import { byId, provisionOfText, recommendationsOf, type Atlas } from './atlas.ts';
import { directiveName, referenceName } from './cite-subjects.ts';
import { pick } from './localize.ts';
import { plainText } from './plain-text.ts';
import { routes } from './routes.ts';
import { shownTextLang, translatedFrom } from './texts.ts';

/**
 * schema.org `Legislation` for a directive: recommendations as `hasPart` (each by its page, where its text is:
 * the text is on this page already, and repeating it here doubled the letter's bytes), cited documents as
 * `citation`.
 */
export function directiveJsonLd(atlas: Atlas, lang: Lang, directiveId: string, site: URL): Record<string, unknown> {
  const directive = byId(atlas.directives, directiveId);
  const issuer = byId(atlas.bodies, directive.data.issuer.id);
  const url = (path: string) => new URL(path, site).href;
  const from = translatedFrom(atlas, directiveId, lang);
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': url(routes.directive(lang, directiveId)),
    url: url(routes.directive(lang, directiveId)),
    name: directiveName(atlas, lang, directiveId),
    headline: plainText(pick(directive.data.subject, lang)),
    legislationIdentifier: directive.data.number,
    legislationDate: directive.data.date,
    datePublished: directive.data.date,
    // The language of the text the page shows (a Khmer original's English page shows its Khmer).
    inLanguage: localeOf(shownTextLang(atlas, directiveId, lang)).tag,
    legislationType: byId(atlas.kinds, directive.data.kind.id).data.name.en,
    legislationJurisdiction: 'KH',
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: pick(issuer.data.name, lang) },
    // A translation (ours, official or published) points at the text it was made from.
    ...(from ? { translationOfWork: { '@id': url(routes.directive(from, directiveId)) } } : {}),
    hasPart: recommendationsOf(atlas, directiveId, shownTextLang(atlas, directiveId, lang)).map((rec) => ({
      '@type': 'Legislation',
      '@id': url(routes.provision(lang, directiveId, provisionOfText(rec))),
      url: url(routes.provision(lang, directiveId, provisionOfText(rec))),
      legislationIdentifier: `${directive.data.number}, ${rec.data.number}`,
      position: rec.data.number,
    })),
    citation: directive.data.references.map((line) => {
      const reference = byId(atlas.references, line.reference.id);
      return {
        '@type': 'CreativeWork',
        '@id': url(routes.reference(lang, reference.id)),
        name: referenceName(atlas, lang, reference.id),
        dateCreated: reference.data.date,
        creator: { '@type': 'GovernmentOrganization', name: pick(byId(atlas.bodies, reference.data.issuer.id).data.name, lang) },
      };
    }),
  };
}

/** schema.org `WebPage` for the other pages. */
export function webPageJsonLd(lang: Lang, name: string, path: string, site: URL): Record<string, unknown> {
  return { '@context': 'https://schema.org', '@type': 'WebPage', name, url: new URL(path, site).href, inLanguage: localeOf(lang).tag };
}

import { t } from '../../i18n/index.ts';
import { langs, translatedLang, localeOf, type Lang } from '../../i18n/locales.ts';
import { byId, provisionOfText, recommendationsOf, sentencesOfDirective, type Atlas } from '../atlas.ts';
import { directiveName, kindName, provisionWords, referenceName } from '../cite-subjects.ts';
import { formatDate } from '../khmer.ts';
import { pick } from '../localize.ts';
import { plainText } from '../plain-text.ts';
import { routes } from '../routes.ts';
import type { ShareCard } from '../share-card.ts';
import { shownTextLang, textStatusOf } from '../texts.ts';

/** A share card and the page it is the image of. */
export interface CardPage {
  /** The page's path, e.g. `/km/bodies/mptc/`. */
  page: string;
  card: ShareCard;
}

/** Where a page's share card is published: `/en/bodies/mptc/` -> `/og/en/bodies/mptc.png`. */
export const cardPath = (pagePath: string) => `/og${pagePath.replace(/\/$/, '')}.png`;

function footer(lang: Lang): string {
  return lang === translatedLang ? `${t(lang, 'site.name')} · ${t(lang, 'notice.unofficial')}` : t(lang, 'site.name');
}

/** A directive card's footer says what its text is, as the page's notice does: ours, official, published. */
function textFooter(atlas: Atlas, directiveId: string, lang: Lang): string {
  const status = textStatusOf(atlas, directiveId, lang)?.status;
  if (status === undefined) return `${t(lang, 'site.name')} · ${t(lang, 'notice.none', { language: t(lang, `language.${lang}`) })}`;
  const notice = status === 'ours' ? 'notice.unofficial' : status === 'official-translation' ? 'notice.official' : status === 'published-translation' ? 'notice.published' : undefined;
  return notice ? `${t(lang, 'site.name')} · ${t(lang, notice)}` : t(lang, 'site.name');
}

/** The share cards of a directive's page and of each of its recommendations, in every language. */
export function directiveShareCards(atlas: Atlas, directiveId: string): CardPage[] {
  const cards: CardPage[] = [];
  const directive = byId(atlas.directives, directiveId);
  const stored = sentencesOfDirective(atlas, directive.id)[0];
  for (const lang of langs) {
    const base = { lang: localeOf(lang).tag, footer: textFooter(atlas, directive.id, lang) };
    const name = directiveName(atlas, lang, directive.id);
    const issuer = pick(byId(atlas.bodies, directive.data.issuer.id).data.name, lang);
    cards.push({
      page: routes.directive(lang, directive.id),
      card: {
        ...base,
        kicker: `${t(lang, 'site.name')} · ${formatDate(lang, directive.data.date)}`,
        title: t(lang, 'directive.title', { issuer, kind: kindName(atlas, lang, directive.id), number: directive.data.number }),
        subtitle: plainText(pick(directive.data.subject, shownTextLang(atlas, directive.id, lang))),
      },
    });
    const textLang = shownTextLang(atlas, directive.id, lang);
    for (const rec of recommendationsOf(atlas, directive.id, textLang)) {
      const first = stored?.data.recommendations.find((candidate) => candidate.number === rec.data.number)?.sentences[0];
      cards.push({
        page: routes.provision(lang, directive.id, provisionOfText(rec)),
        card: {
          ...base,
          kicker: `${t(lang, 'site.name')} · ${name}`,
          title: t(lang, 'card.recommendation', { ...provisionWords(atlas, lang, directive.id, rec.data.number, 'title'), directive: name }),
          subtitle: plainText(first ? (first[textLang] ?? first.km) : (rec.body ?? '')),
        },
      });
    }
  }
  return cards;
}

/** The share cards of every body and reference page, in every language. */
export function siteShareCards(atlas: Atlas): CardPage[] {
  const cards: CardPage[] = [];
  for (const lang of langs) {
    const base = { lang: localeOf(lang).tag, footer: footer(lang) };
    for (const body of atlas.bodies) {
      const name = pick(body.data.name, lang);
      cards.push({ page: routes.body(lang, body.id), card: { ...base, kicker: t(lang, 'site.name'), title: name, subtitle: t(lang, 'meta.body', { body: name }) } });
    }
    for (const reference of atlas.references) {
      const name = referenceName(atlas, lang, reference.id);
      cards.push({
        page: routes.reference(lang, reference.id),
        card: { ...base, kicker: `${t(lang, 'site.name')} · ${formatDate(lang, reference.data.date)}`, title: name, subtitle: pick(reference.data.title, lang) },
      });
    }
  }
  return cards;
}

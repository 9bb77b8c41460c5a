import type { Lang } from '../i18n/locales.ts';
import { provisionFilterValue, provisionTitle } from './provisions.ts';
import { byId, obligationPath, obligationsOf, provisionOf, type Atlas, type ObligationEntry } from './atlas.ts';
import { reportsOfObligation } from './follow-up.ts';
import { membersOf } from './obligations-by-body.ts';
import { pick } from './localize.ts';

/** A search record of one obligation, landing on its anchor on the recommendation page. */
export interface SearchRecord {
  url: string;
  content: string;
  language: Lang;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The kinds of result a reader can filter on; pages declare theirs in BaseLayout. */
export const searchKinds = ['obligation', 'recommendation', 'directive', 'body', 'reference', 'instrument', 'theme', 'overview'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** The follow-up filter value for "no public report found". */
export const NO_REPORT = 'none';

/** The follow-up filter of an obligation: each state word its reports use, or "none" when no public report was found. */
export function followUpFilter(atlas: Atlas, obligationId: string): string[] {
  const states = [...new Set(reportsOfObligation(atlas, obligationId).map((report) => report.data.state))].sort();
  return states.length > 0 ? states : [NO_REPORT];
}

/** Bodies an obligation falls to: its actors, and every member of a collective actor (recursively). */
export function bodiesBound(atlas: Atlas, obligation: ObligationEntry): string[] {
  const found = new Set<string>();
  const queue = obligation.data.actors.map((actor) => actor.body.id);
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (found.has(id)) continue;
    found.add(id);
    queue.push(...membersOf(atlas, id));
  }
  return [...found].sort();
}

/**
 * How search knows a body: its name in the language, and its acronym (MEF, NBC), which both languages use.
 */
export function bodySearchNames(atlas: Atlas, id: string, lang: Lang): string[] {
  const body = byId(atlas.bodies, id).data;
  return [pick(body.name, lang), ...(body.acronym ? [body.acronym] : [])];
}

/**
 * One record per obligation in a language: its action, words, actors, deadline, themes and instruments,
 * then every body it falls to (bodiesBound: a ministry finds what it carries as a member of "all
 * ministries and institutions"), by name and acronym.
 */
export function obligationRecords(atlas: Atlas, lang: Lang): SearchRecord[] {
  return atlas.directives.flatMap((directive) =>
    obligationsOf(atlas, directive.id).map((obligation) => {
      const data = obligation.data;
      const provision = provisionOf(atlas, directive.id, data.recommendation);
      const bodyName = (id: string) => pick(byId(atlas.bodies, id).data.name, lang);
      const actors = data.actors.map((actor) => bodyName(actor.body.id));
      const deadline = data.deadline ? (lang === 'km' ? data.deadline.km : data.deadline.text) : '';
      const themes = data.themes.map((theme) => pick(byId(atlas.themes, theme.id).data.name, lang));
      const instruments = data.instruments.map((instrument) => pick(byId(atlas.instruments, instrument.id).data.name, lang));
      // One sentence per part, so excerpts read cleanly: no doubled full stops, no run-together labels.
      const sentence = (text: string) => (/[.។!?”]$/.test(text) ? text : `${text}${lang === 'km' ? '។' : '.'}`);
      const bound = bodiesBound(atlas, obligation);
      const boundNames = [...new Set(bound.flatMap((id) => bodySearchNames(atlas, id, lang)))].filter((name) => !actors.includes(name));
      const content = [pick(data.action, lang), data.quote, actors.join(', '), deadline, themes.join(', '), instruments.join(', '), boundNames.join(', ')].filter(Boolean).map(sentence).join(' ');
      return {
        url: obligationPath(atlas, lang, obligation),
        content,
        language: lang,
        meta: {
          title: pick(data.action, lang),
          ...(provision ? { provision: provisionTitle(lang, provision) } : {}),
          bodies: data.actors.map((actor) => bodyName(actor.body.id)).join(', '),
          ...(deadline ? { deadline } : {}),
          quote: data.quote,
        },
        filters: {
          kind: ['obligation'],
          body: bound,
          role: [...new Set(data.actors.map((actor) => actor.role))],
          theme: data.themes.map((theme) => theme.id),
          recommendation: [provisionFilterValue(provision, data.recommendation)],
          followup: followUpFilter(atlas, obligation.id),
        },
      };
    }),
  );
}

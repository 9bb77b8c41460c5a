import type { Atlas, AtlasEntry } from '../lib/atlas.ts';
import type { RelationData } from '../schemas/relation.ts';
import type { TextStatusData } from '../schemas/text-status.ts';
import type { ContentProblem } from './atlas-rules.ts';
import { provisionAnchor, provisionPath } from '../lib/provisions.ts';
import { pageUnits } from '../schemas/kind.ts';
import { isTranslation } from '../lib/texts.ts';
import { eachObject } from './walk.ts';

/**
 * The rules of documents as instruments: each has a kind whose units its text is made of, says what its
 * text is in each language and where that text is from, and relates to other documents that exist,
 * without a chain of replacements that comes back to where it started.
 */

type Problems = ContentProblem[];
const fileOf = (entry: AtlasEntry) => entry.filePath ?? entry.id;
const problem = (entry: AtlasEntry, field: string, message: string): ContentProblem => ({ file: fileOf(entry), field, message });
export const languageName: Record<string, string> = { en: 'English', km: 'Khmer' };

/**
 * Every text of a document is a unit its kind has (a letter's are recommendations, a sub-decree's
 * articles), all of one unit, since they are the document's pages; a text in chapters names one of its
 * directive's chapters, and either every text of a directive has a chapter or none has.
 */
export function checkUnits(atlas: Atlas, problems: Problems): void {
  const kinds = new Map(atlas.kinds.map((kind) => [kind.id, kind]));
  const directives = new Map(atlas.directives.map((directive) => [directive.id, directive]));
  const firstText = new Map<string, Atlas['recommendations'][number]>();
  for (const text of atlas.recommendations) {
    const directive = directives.get(text.data.directive.id);
    const kindId = directive?.data.kind.id;
    const kind = kindId === undefined ? undefined : kinds.get(kindId);
    // An unknown directive or kind is reported by checkReferences.
    if (!directive || !kind) continue;
    const units = kind.data.units.length > 0 ? kind.data.units.join(', ') : 'none (it is only cited)';
    if (!kind.data.units.includes(text.data.unit)) {
      problems.push(problem(text, 'unit', `is "${text.data.unit}", a unit that a ${kindId} does not have: its units are ${units} (src/content/kinds/${kindId}.yaml)`));
    } else if (!pageUnits.includes(text.data.unit as (typeof pageUnits)[number])) {
      problems.push(problem(text, 'unit', `is "${text.data.unit}": a text file is one provision with its own page, an ${pageUnits.join(', ')}; a ${text.data.unit} is part of one`));
    }
    const first = firstText.get(directive.id);
    if (!first) firstText.set(directive.id, text);
    else if (first.data.unit !== text.data.unit) {
      problems.push(problem(text, 'unit', `is "${text.data.unit}", but ${fileOf(first)} is "${first.data.unit}": the texts of a document are all of one unit`));
    } else if ((first.data.chapter === undefined) !== (text.data.chapter === undefined)) {
      problems.push(
        problem(
          text,
          'chapter',
          `${text.data.chapter === undefined ? 'is missing' : 'is set'}, but ${fileOf(first)} ${first.data.chapter === undefined ? 'has none' : 'has one'}: either every text of a document names its chapter or none does`,
        ),
      );
    }
    if (text.data.chapter !== undefined) {
      if (!kind.data.units.includes('chapter')) problems.push(problem(text, 'chapter', `is set, but a ${kindId} has no chapters: its units are ${units} (src/content/kinds/${kindId}.yaml)`));
      else if (!directive.data.chapters.some((chapter) => chapter.number === text.data.chapter))
        problems.push(
          problem(
            text,
            'chapter',
            `is ${text.data.chapter}, a chapter ${fileOf(directive)} does not list (chapters: ${directive.data.chapters.map((chapter) => chapter.number).join(', ') || 'none'})`,
          ),
        );
    }
  }
  for (const directive of atlas.directives) {
    const kind = kinds.get(directive.data.kind.id);
    // A letter is written to someone: its addressee is part of its text (a sub-decree or a law has none).
    if (directive.data.kind.id === 'letter' && !directive.data.addressee) problems.push(problem(directive, 'addressee', 'is missing: a letter names to whom it is addressed, as printed'));
    if (directive.data.chapters.length > 0 && kind && !kind.data.units.includes('chapter'))
      problems.push(problem(directive, 'chapters', `lists chapters, but a ${directive.data.kind.id} has none (src/content/kinds/${directive.data.kind.id}.yaml)`));
  }
}

/** Calls `visit` with the path of every `kmStatus` field in a value. */
function eachKhmerStatus(value: unknown, path: string, visit: (status: string, path: string) => void): void {
  eachObject(value, path, (record, at) => {
    if (typeof record.kmStatus === 'string') visit(record.kmStatus, at ? `${at}.kmStatus` : 'kmStatus');
  });
}

/**
 * Each text says what it is. The text in the language of issue is the original (or the text we hold);
 * a text in another language is a translation, whose or ours, never an "original"; our translation is
 * made from a text we have; the source file's language has a text that is not ours; and every text file
 * agrees with its directive.
 */
export function checkTexts(atlas: Atlas, problems: Problems): void {
  for (const directive of atlas.directives) {
    const { issuedIn, texts, source } = directive.data;
    // A header text has its English exactly when the document has an English text: never a Khmer line in its place, never an English of ours.
    const { source: _source, ...header } = directive.data;
    eachObject(header, '', (record, at) => {
      if (typeof record.km !== 'string' || typeof record.kmStatus !== 'string') return;
      if (texts.en && typeof record.en !== 'string')
        problems.push(problem(directive, at ? `${at}.en` : 'en', 'is missing: the document has an English text (texts.en), so each line of its header has its English as that text prints it'));
      if (!texts.en && typeof record.en === 'string')
        problems.push(problem(directive, at ? `${at}.en` : 'en', 'is set, but the document has no English text (texts.en): its header has no English either'));
    });
    for (const [lang, text] of Object.entries(texts) as [string, TextStatusData | undefined][]) {
      if (!text) continue;
      const field = `texts.${lang}.status`;
      if (issuedIn === 'not-recorded' && text.status === 'original') {
        problems.push(problem(directive, field, `is "original", but the language the document was issued in is not recorded (issuedIn): the text of our source file is "held"`));
      } else if (issuedIn === 'not-recorded' && (text.status === 'official-translation' || text.status === 'published-translation')) {
        // A published translation says it was made from the text as issued: in which language, nobody recorded.
        problems.push(problem(directive, field, `is "${text.status}", but the language the document was issued in is not recorded (issuedIn): record it, or mark the text "held"`));
      } else if (issuedIn !== 'not-recorded' && lang !== issuedIn && (text.status === 'original' || text.status === 'held')) {
        problems.push(
          problem(
            directive,
            field,
            `the document was issued in ${languageName[issuedIn]}: its ${languageName[lang]} text is a translation, not an original. Say where it is from: "official-translation" (by, url) or "published-translation" (publisher, url, date), or "ours"`,
          ),
        );
      } else if (lang === issuedIn && isTranslation(text)) {
        problems.push(problem(directive, field, `is "${text.status}", but the document was issued in ${languageName[lang]}: its ${languageName[lang]} text is the original (or "held")`));
      }
      if (text.status === 'held' && source.lang !== lang) {
        problems.push(problem(directive, field, `is "held" (the text of our source file), but the source file ${source.file} is in ${languageName[source.lang]}`));
      }
      if (text.status === 'ours') {
        const from = texts[text.translatedFrom];
        if (text.translatedFrom === lang || !from || from.status === 'ours') {
          problems.push(
            problem(
              directive,
              `texts.${lang}.translatedFrom`,
              `our translation must be made from a text we have in another language that is not ours; texts.${text.translatedFrom} is ${from ? `"${from.status}"` : 'missing'}`,
            ),
          );
        }
      }
    }
    const sourceText = texts[source.lang];
    if (!sourceText || sourceText.status === 'ours') {
      problems.push(problem(directive, `texts.${source.lang}`, `the source file ${source.file} is ${languageName[source.lang]}: that text must be listed, and not as ours`));
    }
    // Every document has a Khmer text (the Khmer reader always has one: its own, or ours). A Khmer original
    // nobody translated has no English: its English pages show the Khmer under a notice that says so.
    if (!texts.km) {
      problems.push(problem(directive, 'texts.km', 'is missing: every document has a Khmer text, as issued, held or translated by us (status "ours", translatedFrom)'));
    } else if (texts.en?.status === 'ours') {
      // Obligations quote the English words of the document: our own English would be quoted as if it were its.
      problems.push(
        problem(
          directive,
          'texts.en.status',
          'an English text of ours is not shown yet: obligations quote the English words of the document, which must be its own, an official or a published translation',
        ),
      );
    }
    // The header's Khmer is as printed exactly when the Khmer text is the document's own.
    const khmerIsItsOwn = texts.km?.status === 'original' || texts.km?.status === 'held';
    eachKhmerStatus(directive.data, '', (status, path) => {
      // What the source file is (source.description) is our note, not the document's words.
      if (path.startsWith('source.')) {
        if (status === 'original') problems.push(problem(directive, path, 'describes our source file: its Khmer is ours ("unofficial")'));
        return;
      }
      if (khmerIsItsOwn && status !== 'original' && status !== 'latin') {
        problems.push(problem(directive, path, `is "${status}", but the Khmer text of this document is its own (texts.km: ${texts.km?.status}): its header's Khmer is as printed, "original"`));
      } else if (!khmerIsItsOwn && status === 'original') {
        problems.push(
          problem(
            directive,
            path,
            `is "original", but the Khmer text of this document is ${texts.km ? `"${texts.km.status}"` : 'missing'} (texts.km): only the Khmer of a document issued or held in Khmer is as printed`,
          ),
        );
      }
    });
  }
  for (const collection of ['bodies', 'instruments', 'themes', 'kinds', 'references', 'obligations', 'reports', 'sentences'] as const) {
    for (const entry of atlas[collection] as AtlasEntry[]) {
      eachKhmerStatus(entry.data, '', (status, path) => {
        if (status === 'original') problems.push(problem(entry, path, '"original" is the Khmer of a directive\'s own header only; here the Khmer is ours ("unofficial") or established'));
      });
    }
  }
  const textsOf = new Map(atlas.directives.map((directive) => [directive.id, directive.data.texts]));
  for (const text of atlas.recommendations) {
    const texts = textsOf.get(text.data.directive.id);
    if (!texts) continue;
    const declared = texts[text.data.lang];
    if (!declared) {
      problems.push(problem(text, 'lang', `directive "${text.data.directive.id}" has no ${languageName[text.data.lang]} text (texts.${text.data.lang} in its file)`));
    } else if ((declared.status === 'ours') !== (text.data.status === 'unofficial')) {
      problems.push(
        problem(text, 'status', `is "${text.data.status}", but the directive's ${languageName[text.data.lang]} text is "${declared.status}": our translation is "unofficial", any other text "source"`),
      );
    } else if (declared.status === 'ours' && text.data.translatedFrom !== declared.translatedFrom) {
      problems.push(problem(text, 'translatedFrom', `must be "${declared.translatedFrom}", as the directive's texts.${text.data.lang}.translatedFrom says`));
    }
  }
}

/** A document of the atlas, held (a directive) or known only as a cited stub (a reference). */
interface DocumentNode {
  entry: AtlasEntry;
  relations: readonly RelationData[];
}

/** The units of the kind of a directive or stub (a stub's kind says what its unseen text is made of). */
function kindUnits(atlas: Atlas, entry: AtlasEntry): readonly string[] {
  const kindId = (entry.data as { kind?: { id: string } }).kind?.id;
  return atlas.kinds.find((kind) => kind.id === kindId)?.data.units ?? [];
}

/** The anchors of a directive's provisions (`rec-3`, `chp_2__art_5`), from its text files. */
function textAnchors(atlas: Atlas, directiveId: string): string[] {
  return [
    ...new Set(
      atlas.recommendations.filter((text) => text.data.directive.id === directiveId).map((text) => provisionAnchor({ unit: text.data.unit, number: text.data.number, chapter: text.data.chapter })),
    ),
  ];
}

/**
 * A provision is an anchor the document has: `intro`, `closing`, or a path of its kind's units
 * (`rec-3`, `rec-3-p1`, `chp_2__art_5`), numbered from 1 as printed, within the directive's count.
 */
function provisionProblem(anchor: string, directive: Atlas['directives'][number] | undefined, units: readonly string[], texts: readonly string[] | undefined): string | undefined {
  if (anchor === 'intro' || anchor === 'closing') return undefined;
  // Numbers as printed: `rec-01` or `art_05` is no anchor any page has.
  const path = /(?:_|-p?)0\d/.test(anchor) ? undefined : provisionPath(anchor);
  if (!path || path.some((step) => step.number < 1))
    return `"${anchor}" is not the anchor of a provision (intro, closing, rec-3, rec-3-p1, or an Akoma Ntoso eId such as chp_2__art_5), numbered from 1 without leading zeros`;
  const foreign = path.find((step) => !units.includes(step.unit));
  if (foreign) return `"${anchor}" names a ${foreign.unit}, a unit this document's kind does not have (${units.join(', ') || 'none'})`;
  const first = path[0]!;
  if (directive && first.unit === 'recommendation' && first.number > directive.data.recommendationCount) return `"${anchor}": the directive has ${directive.data.recommendationCount} recommendations`;
  // An article or point is one of the document's texts, at its anchor (in its chapter, when it has one).
  if (texts && first.unit !== 'recommendation' && !texts.some((text) => anchor === text || anchor.startsWith(`${text}__`)))
    return `"${anchor}" is no provision of this document: its provisions are ${texts.slice(0, 5).join(', ')}${texts.length > 5 ? ', ...' : ''}`;
  return undefined;
}

/**
 * Relations name a document that exists, not the document itself, each once, from a provision the
 * document has; `cites` says nothing the reference lines do not; and no chain of `replaces` is a cycle.
 */
export function checkRelations(atlas: Atlas, problems: Problems): void {
  const documents = new Map<string, DocumentNode>();
  const directives = new Map(atlas.directives.map((directive) => [directive.id, directive]));
  for (const directive of atlas.directives) documents.set(directive.id, { entry: directive, relations: directive.data.relations });
  for (const reference of atlas.references) {
    if (!documents.has(reference.id)) documents.set(reference.id, { entry: reference, relations: reference.data.relations });
    // Once its text is entered, a document is its directive: a stub of the same id would never be shown.
    else
      problems.push(
        problem(reference, 'relations', `a directive with the id "${reference.id}" exists: this stub is never shown; move what it says to src/content/directives/${reference.id}.yaml and delete it`),
      );
  }
  const referenceDates = new Map(atlas.references.map((reference) => [reference.id, reference.data.date]));
  const dateOf = (id: string) => (directives.get(id)?.data.date ?? referenceDates.get(id))!;
  for (const [id, { entry, relations }] of documents) {
    const seen = new Set<string>();
    relations.forEach((relation, index) => {
      const field = `relations[${index}]`;
      if (!documents.has(relation.document)) {
        problems.push(
          problem(entry, `${field}.document`, `unknown document "${relation.document}": no src/content/directives/${relation.document}.yaml or src/content/references/${relation.document}.yaml`),
        );
      } else if (relation.document === id) {
        problems.push(problem(entry, `${field}.document`, `a document cannot ${relation.type.replace(/s$/, '')} itself`));
      }
      if (documents.has(relation.document) && relation.document !== id) {
        // A document acts only on what came before it, and from its own date on.
        if (dateOf(relation.document) > dateOf(id)) {
          problems.push(
            problem(
              entry,
              `${field}.document`,
              `"${relation.document}" is dated ${dateOf(relation.document)}, after this document (${dateOf(id)}): a document cannot ${relation.type.replace(/s$/, '')} a later one`,
            ),
          );
        }
        if (relation.date !== undefined && relation.date < dateOf(id)) {
          problems.push(problem(entry, `${field}.date`, `is ${relation.date}, before this document's own date (${dateOf(id)})`));
        }
      }
      const key = `${relation.type} ${relation.document}`;
      if (seen.has(key)) problems.push(problem(entry, field, `"${key}" is listed twice`));
      seen.add(key);
      const directive = directives.get(id);
      if (relation.type === 'cites' && directive?.data.references.some((line) => line.reference.id === relation.document)) {
        problems.push(problem(entry, field, `"${relation.document}" is already cited in references: a reference line is its citation`));
      }
      if (relation.provision !== undefined) {
        const message = provisionProblem(relation.provision, directive, kindUnits(atlas, entry), directive && textAnchors(atlas, directive.id));
        if (message) problems.push(problem(entry, `${field}.provision`, message));
      }
    });
  }
  // A replaces B replaces ... replaces A: no document can be in force and replaced by its own successor.
  const replaces = (id: string) =>
    (documents.get(id)?.relations ?? []).filter((relation) => relation.type === 'replaces' && relation.document !== id && documents.has(relation.document)).map((relation) => relation.document);
  const reported = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, path: string[]): void => {
    state.set(id, 'open');
    for (const next of replaces(id)) {
      if (state.get(next) === 'open') {
        // `id` replaces `next`, which is on the path that led here: the cycle closes at this relation.
        const cycle = [...path.slice(path.indexOf(next)), id, next];
        const members = [...new Set(cycle)].sort().join(' ');
        if (reported.has(members)) continue;
        reported.add(members);
        const node = documents.get(id)!;
        const index = node.relations.findIndex((relation) => relation.type === 'replaces' && relation.document === next);
        problems.push(problem(node.entry, `relations[${index}]`, `"replaces" goes round in a cycle: ${cycle.join(' replaces ')}`));
      } else if (!state.has(next)) visit(next, [...path, id]);
    }
    state.set(id, 'done');
  };
  for (const id of documents.keys()) if (!state.has(id)) visit(id, []);
}

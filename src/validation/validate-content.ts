import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { collectionNames, collectionSpecs, type CollectionName } from '../schemas/index.ts';
import { plainReference } from '../schemas/common.ts';
import type { BodyData } from '../schemas/body.ts';
import type { DirectiveData } from '../schemas/directive.ts';
import type { InstrumentData } from '../schemas/instrument.ts';
import type { ObligationData } from '../schemas/obligation.ts';
import type { RecommendationData } from '../schemas/recommendation.ts';
import { plainText } from '../lib/plain-text.ts';
import { readContentFiles, type ContentProblem, type RawEntry } from './content-files.ts';
import { checkTruthRules, introTexts } from './truth-rules.ts';

export type { ContentProblem } from './content-files.ts';

export interface ValidEntry<T> {
  id: string;
  file: string;
  data: T;
  body?: string;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

function parseEntry(entry: RawEntry, problems: ContentProblem[]): unknown {
  const schema = collectionSpecs[entry.collection].schema(plainReference) as z.ZodType;
  const result = schema.safeParse(entry.data ?? {});
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = fieldPath(issue.path);
    const message = issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.map((key) => `"${key}"`).join(', ')}` : issue.message;
    problems.push(field ? { file: entry.file, field, message } : { file: entry.file, message });
  }
  return undefined;
}

/** Walks parsed data for `{ id, collection }` references and reports those whose entry does not exist. */
function checkReferences(value: unknown, path: string, file: string, ids: Map<CollectionName, Set<string>>, problems: ContentProblem[]): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => checkReferences(item, `${path}[${index}]`, file, ids, problems));
    return;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.id === 'string' && typeof record.collection === 'string' && Object.keys(record).length === 2) {
    const known = ids.get(record.collection as CollectionName);
    if (!known?.has(record.id)) {
      problems.push({ file, field: path, message: `unknown ${record.collection} id "${record.id}"` });
    }
    return;
  }
  for (const [key, child] of Object.entries(record)) checkReferences(child, path ? `${path}.${key}` : key, file, ids, problems);
}

/** Finds our translations that are not Khmer at all (e.g. English pasted into the `km` field). */
function checkKhmerTexts(value: unknown, path: string, file: string, problems: ContentProblem[]): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => checkKhmerTexts(item, `${path}[${index}]`, file, problems));
    return;
  }
  const record = value as Record<string, unknown>;
  if (record.kmStatus === 'unofficial' && typeof record.km === 'string' && !/[\u1780-\u17ff]/.test(record.km)) {
    problems.push({ file, field: path ? `${path}.km` : 'km', message: 'is marked as our Khmer translation but contains no Khmer text' });
  }
  for (const [key, child] of Object.entries(record)) checkKhmerTexts(child, path ? `${path}.${key}` : key, file, problems);
}

// Directive text is prose: any tag, expression or ESM line in an MDX body could run code or inject markup.
const UNSAFE_MDX = /<[A-Za-z!/?]|[{}]|^\s*(?:import|export)\s/m;

function checkRecommendations(
  directives: ValidEntry<DirectiveData>[],
  recommendations: ValidEntry<RecommendationData>[],
  problems: ContentProblem[],
): void {
  const seen = new Map<string, string>();
  for (const rec of recommendations) {
    const key = `${rec.data.directive.id}/${rec.data.lang}/${rec.data.number}`;
    const earlier = seen.get(key);
    if (earlier) {
      problems.push({ file: rec.file, field: 'number', message: `duplicate recommendation number ${rec.data.number} (${rec.data.lang}) in directive "${rec.data.directive.id}", also in ${earlier}` });
    } else seen.set(key, rec.file);
    if (!rec.body?.trim()) problems.push({ file: rec.file, field: 'body', message: 'the recommendation text is empty' });
    else if (UNSAFE_MDX.test(rec.body)) {
      problems.push({ file: rec.file, field: 'body', message: 'must be plain Markdown prose: HTML tags, {expressions}, import and export are not allowed' });
    }
  }
  for (const directive of directives) {
    for (const lang of ['en', 'km'] as const) {
      for (let number = 1; number <= directive.data.recommendationCount; number++) {
        if (!seen.has(`${directive.id}/${lang}/${number}`)) {
          problems.push({ file: directive.file, field: 'recommendationCount', message: `announces ${directive.data.recommendationCount} recommendations but recommendation ${number} has no ${lang === 'en' ? 'English text' : 'Khmer translation'}` });
        }
      }
    }
  }
  const announced = new Map(directives.map((directive) => [directive.id, directive.data.recommendationCount]));
  for (const rec of recommendations) {
    const count = announced.get(rec.data.directive.id);
    if (count !== undefined && rec.data.number > count) {
      problems.push({ file: rec.file, field: 'number', message: `directive "${rec.data.directive.id}" announces only ${count} recommendations` });
    }
  }
}

function checkObligations(obligations: ValidEntry<ObligationData>[], recommendations: ValidEntry<RecommendationData>[], problems: ContentProblem[]): void {
  const englishText = new Map(
    recommendations.filter((rec) => rec.data.lang === 'en').map((rec) => [`${rec.data.directive.id}/${rec.data.number}`, plainText(rec.body ?? '')]),
  );
  for (const obligation of obligations) {
    const { directive, recommendation, quote } = obligation.data;
    if (!/(^|\/)r\d{2}-o\d+$/.test(obligation.id)) {
      problems.push({ file: obligation.file, message: 'obligation files are named r<NN>-o<N>.yaml (recommendation and obligation number)' });
    } else if (Number(/r(\d{2})-o\d+$/.exec(obligation.id)?.[1]) !== recommendation) {
      problems.push({ file: obligation.file, field: 'recommendation', message: `is ${recommendation} but the file name says another recommendation` });
    }
    const text = englishText.get(`${directive.id}/${recommendation}`);
    if (text === undefined) {
      problems.push({ file: obligation.file, field: 'recommendation', message: `directive "${directive.id}" has no English recommendation ${recommendation}` });
    } else if (!text.includes(plainText(quote))) {
      problems.push({ file: obligation.file, field: 'quote', message: `is not a verbatim span of recommendation ${recommendation}` });
    }
    obligation.data.actors.forEach((actor, index) => {
      if (obligation.data.actors.findIndex((other) => other.body.id === actor.body.id) !== index) {
        problems.push({ file: obligation.file, field: `actors[${index}].body`, message: `"${actor.body.id}" is listed twice` });
      }
    });
  }
}

function checkBodiesAndMentions(bodies: ValidEntry<BodyData>[], instruments: ValidEntry<InstrumentData>[], problems: ContentProblem[]): void {
  const kindOf = new Map(bodies.map((body) => [body.id, body.data.kind]));
  for (const body of bodies) {
    body.data.memberOf.forEach((collective, index) => {
      const kind = kindOf.get(collective.id);
      if (kind !== undefined && kind !== 'collective' && kind !== 'subnational-administration') {
        problems.push({ file: body.file, field: `memberOf[${index}]`, message: `"${collective.id}" is a ${kind}, not a collective` });
      }
    });
  }
  const owners = new Map<string, string>();
  for (const entry of [...bodies, ...instruments]) {
    for (const lang of ['en', 'km'] as const) {
      entry.data.mentions[lang].forEach((mention, index) => {
        const key = `${lang}:${mention}`;
        const owner = owners.get(key);
        if (owner) problems.push({ file: entry.file, field: `mentions.${lang}[${index}]`, message: `"${mention}" is already a mention of ${owner}` });
        else owners.set(key, entry.file);
      });
    }
  }
}

function checkSources(directives: ValidEntry<DirectiveData>[], projectRoot: string, problems: ContentProblem[]): void {
  for (const directive of directives) {
    const path = join(projectRoot, directive.data.source.file);
    if (!existsSync(path)) {
      problems.push({ file: directive.file, field: 'source.file', message: `${directive.data.source.file} does not exist` });
      continue;
    }
    const hash = createHash('sha256').update(readFileSync(path)).digest('hex');
    if (hash !== directive.data.source.sha256) {
      problems.push({ file: directive.file, field: 'source.sha256', message: `does not match ${directive.data.source.file} (its SHA-256 is ${hash})` });
    }
  }
}

/**
 * Validates a content folder as the build would: every file against its schema, then the rules that
 * span files (references, recommendation numbering and translations, verbatim quotes, source hashes).
 * Returns every problem found, each naming its file and field; an empty list means the content is valid.
 */
export function validateContent(contentDir: string, projectRoot: string): ContentProblem[] {
  return loadContent(contentDir, projectRoot).problems;
}

/** Parsed entries of every collection, as Astro would load them, and the problems found. */
export interface LoadedContent {
  problems: ContentProblem[];
  entries: Map<CollectionName, ValidEntry<unknown>[]>;
}

/** Reads, parses and checks a content folder; see {@link validateContent}. */
export function loadContent(contentDir: string, projectRoot: string): LoadedContent {
  const { entries, problems } = readContentFiles(contentDir, projectRoot);
  const valid = new Map<CollectionName, ValidEntry<unknown>[]>(collectionNames.map((name) => [name, []]));
  const ids = new Map<CollectionName, Set<string>>(collectionNames.map((name) => [name, new Set(entries.filter((entry) => entry.collection === name).map((entry) => entry.id))]));
  for (const entry of entries) {
    const data = parseEntry(entry, problems);
    if (data === undefined) continue;
    checkReferences(data, '', entry.file, ids, problems);
    checkKhmerTexts(data, '', entry.file, problems);
    valid.get(entry.collection)?.push(entry.body === undefined ? { id: entry.id, file: entry.file, data } : { id: entry.id, file: entry.file, data, body: entry.body });
  }
  const directives = valid.get('directives') as ValidEntry<DirectiveData>[];
  const recommendations = valid.get('recommendations') as ValidEntry<RecommendationData>[];
  checkRecommendations(directives, recommendations, problems);
  checkObligations(valid.get('obligations') as ValidEntry<ObligationData>[], [...recommendations, ...introTexts(directives)], problems);
  checkBodiesAndMentions(valid.get('bodies') as ValidEntry<BodyData>[], valid.get('instruments') as ValidEntry<InstrumentData>[], problems);
  checkSources(directives, projectRoot, problems);
  checkTruthRules(valid, problems);
  return { problems, entries: valid };
}

/** One line per problem: `file: field "x": message`. */
export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((problem) => `${problem.file}: ${problem.field ? `field "${problem.field}": ` : ''}${problem.message}`).join('\n');
}

import type { Atlas, AtlasEntry } from '../lib/atlas.ts';
import { DRAFT_BODY, DRAFT_TEXT } from '../schemas/review.ts';
import type { ContentProblem } from './atlas-rules.ts';
import { eachString } from './walk.ts';

/**
 * Drafts (entries `npm run import` wrote, marked `review: draft`) and the public build: the public build
 * refuses every draft, naming its file and the field; a preview build (`--drafts`, ATLAS_DRAFTS=1, or the
 * dev server) shows them, each marked. In every entry that is no longer a draft, the importer's
 * placeholders are refused: an editor who removed `review: draft` has written every field.
 */

const fileOf = (entry: AtlasEntry) => entry.filePath ?? entry.id;
const isDraft = (entry: AtlasEntry) => (entry.data as { review?: string }).review === 'draft';

/** Every draft entry of the atlas, with its collection. */
export function draftEntries(atlas: Atlas): { collection: keyof Atlas; entry: AtlasEntry }[] {
  return (Object.keys(atlas) as (keyof Atlas)[]).flatMap((collection) => (atlas[collection] as AtlasEntry[]).filter(isDraft).map((entry) => ({ collection, entry })));
}

const holdsPlaceholder = (text: string) => text.includes(DRAFT_TEXT) || text === DRAFT_BODY;

export function checkReview(atlas: Atlas, drafts: boolean, problems: ContentProblem[]): void {
  for (const collection of Object.keys(atlas) as (keyof Atlas)[]) {
    for (const entry of atlas[collection] as AtlasEntry[]) {
      if (isDraft(entry)) {
        if (!drafts) {
          problems.push({
            file: fileOf(entry),
            field: 'review',
            message:
              'is a draft (written by npm run import): check it against the published text and remove "review: draft" to publish it; npm run build -- --drafts makes a preview that shows drafts',
          });
        }
        continue;
      }
      const check = (text: string, path: string) => {
        if (holdsPlaceholder(text))
          problems.push({
            file: fileOf(entry),
            field: path,
            message: `still holds the importer's placeholder ("${text === DRAFT_BODY ? DRAFT_BODY : DRAFT_TEXT}"): write it from the published text, or remove the field`,
          });
      };
      eachString(entry.data, '', (text, path) => check(text, path.replace(/\.id$/, '')));
      if (entry.body !== undefined) check(entry.body, 'body');
    }
  }
}

/** The value at a field path (`action.km`, `actors[0].body`) of an entry's data. */
function valueAt(data: unknown, path: string): unknown {
  let value = data;
  for (const step of path.split(/\.|\[(\d+)\]/).filter((part) => part !== undefined && part !== '')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  return value;
}

/**
 * In a preview, a draft's placeholders are what a draft is: the problems the other rules find in a field
 * of a draft that still holds one ("must keep the modality" of a summary not yet written) are dropped.
 * Every other problem of a draft stops the preview too: a draft is held to the rules of reviewed entries.
 */
export function withoutPlaceholderProblems(atlas: Atlas, problems: ContentProblem[]): ContentProblem[] {
  const drafts = new Map(draftEntries(atlas).map(({ entry }) => [fileOf(entry), entry]));
  return problems.filter((problem) => {
    const entry = drafts.get(problem.file);
    // A draft without a kind cannot be shown at all: the preview stops on it too (import it again with --kind).
    if (!entry || !problem.field || problem.field === 'kind') return true;
    const value = valueAt(entry.data, problem.field);
    let placeholder = false;
    eachString(value, '', (text) => (placeholder ||= holdsPlaceholder(text)));
    if (value !== null && typeof value === 'object' && (value as { id?: unknown }).id === DRAFT_BODY) placeholder = true;
    return !placeholder;
  });
}

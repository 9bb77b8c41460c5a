import { describe, expect, it } from 'vitest';
import type { Atlas, AtlasEntry } from '../../src/lib/atlas.ts';
import { DRAFT_BODY, DRAFT_TEXT } from '../../src/schemas/review.ts';
import { loadAtlas } from '../helpers/atlas.ts';
import { buildProblems } from '../helpers/validate.ts';

/**
 * Drafts and the build: the public build refuses every draft by file and field; a preview accepts a
 * draft whose only gaps are the importer's placeholders, and still holds it to every other rule; a
 * placeholder left in a reviewed entry is refused.
 */
const directive = 'ocm-265-scn-pb-2025';
type Entry = AtlasEntry & { data: Record<string, any> };

/** The atlas with obligation r01-o1 as the importer would write it (`review: draft`), changed by `change`. */
function withDraftObligation(change: (data: Record<string, any>) => void = () => {}): { atlas: Atlas; file: string } {
  const atlas = loadAtlas();
  const draft = atlas.obligations.find((entry) => entry.id === `${directive}/r01-o1`) as Entry;
  draft.data.review = 'draft';
  change(draft.data);
  return { atlas, file: draft.filePath! };
}
const problemsOf = (atlas: Atlas, file: string, drafts: boolean) => buildProblems(atlas, { drafts }).filter((problem) => problem.file === file);

describe('drafts in the public build and in a preview', () => {
  it('the public build refuses a draft, naming its file and the field "review"', () => {
    const { atlas, file } = withDraftObligation();
    expect(problemsOf(atlas, file, false)).toEqual([expect.objectContaining({ field: 'review', message: expect.stringMatching(/is a draft .*remove "review: draft"/) })]);
  });

  it('a preview accepts the same draft, and the public build accepts the atlas without it', () => {
    const { atlas, file } = withDraftObligation();
    expect(problemsOf(atlas, file, true)).toEqual([]);
    expect(buildProblems(loadAtlas())).toEqual([]);
  });

  it('a preview drops the problems of a field that still holds a placeholder, and only those', () => {
    const { atlas, file } = withDraftObligation((data) => {
      data.action.km = DRAFT_TEXT; // "must keep the modality" would object to it
      data.themes = [];
      data.actors = [];
      data.quote = 'MPTC shall continue to strengthen everything it likes';
    });
    // The summary's placeholder and the empty lists pass; the quote that is not the text does not.
    expect(problemsOf(atlas, file, true).map((problem) => problem.field)).toEqual(['quote']);
    expect(problemsOf(atlas, file, false).map((problem) => problem.field)).toEqual(expect.arrayContaining(['review', 'quote', 'action.km']));
  });

  it('a draft is held to the other rules in a preview: a quote that is not the text is refused', () => {
    const { atlas, file } = withDraftObligation((data) => {
      data.quote = 'MPTC shall continue to strengthen everything it likes';
    });
    expect(problemsOf(atlas, file, true)).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'quote' })]));
  });

  it('a reviewed entry (no "review: draft") with a placeholder left is refused, naming the field', () => {
    const atlas = loadAtlas();
    const obligation = atlas.obligations.find((entry) => entry.id === `${directive}/r01-o1`) as Entry;
    obligation.data.action.km = DRAFT_TEXT;
    const problems = buildProblems(atlas, { drafts: true }).filter((problem) => problem.file === obligation.filePath);
    expect(problems).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'action.km', message: expect.stringContaining('placeholder') })]));
  });

  it('a reviewed entry without actors or themes is refused; a draft may wait for them', () => {
    const atlas = loadAtlas();
    const obligation = atlas.obligations.find((entry) => entry.id === `${directive}/r01-o1`) as Entry;
    obligation.data.actors = [];
    obligation.data.themes = [];
    const fields = buildProblems(atlas)
      .filter((problem) => problem.file === obligation.filePath)
      .map((problem) => `${problem.field}: ${problem.message}`);
    expect(fields).toEqual(expect.arrayContaining(['actors: must name at least one actor', 'themes: must have at least one theme']));
  });

  it('a directive whose signatory is the importer\'s "to-be-reviewed" is refused once reviewed', () => {
    const atlas = loadAtlas();
    const letter = atlas.directives.find((entry) => entry.id === directive) as Entry;
    letter.data.signature.signatory = { id: DRAFT_BODY, collection: 'bodies' };
    const problems = buildProblems(atlas).filter((problem) => problem.file === letter.filePath);
    expect(problems.map((problem) => problem.field)).toContain('signature.signatory');
  });
});

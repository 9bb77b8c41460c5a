import { langs } from '../i18n/locales.ts';
import { obligationsOf, recommendationsOf, sentencesOfDirective, type Atlas, type AtlasEntry } from './atlas.ts';

/** The texts, sentences and obligations of one directive: the part of the atlas that grows with the corpus. */
export type AtlasPart = Pick<Atlas, 'recommendations' | 'obligations' | 'sentences'>;

const plain = (entry: AtlasEntry) => ({ id: entry.id, filePath: entry.filePath, data: entry.data, ...(entry.body === undefined ? {} : { body: entry.body }) });

/**
 * /data/atlas.json: the atlas as plain JSON (each entry's id, source file, data and, for texts, Markdown
 * body), without the recommendations, sentences and obligations, which are in one file per directive
 * (/data/atlas/<id>.json, atlasPartExport): no file grows with the whole corpus.
 */
export function atlasExport(atlas: Atlas): Atlas {
  const shared = Object.fromEntries(Object.entries(atlas).map(([name, entries]) => [name, (entries as AtlasEntry[]).map(plain)])) as unknown as Atlas;
  return { ...shared, recommendations: [], obligations: [], sentences: [] };
}

/** /data/atlas/<id>.json: the recommendations (every language), sentences and obligations of one directive. */
export function atlasPartExport(atlas: Atlas, directiveId: string): AtlasPart {
  return {
    recommendations: langs.flatMap((lang) => recommendationsOf(atlas, directiveId, lang)).map(plain) as AtlasPart['recommendations'],
    obligations: obligationsOf(atlas, directiveId).map(plain) as AtlasPart['obligations'],
    sentences: sentencesOfDirective(atlas, directiveId).map(plain) as AtlasPart['sentences'],
  };
}

/** The whole atlas again, from atlas.json and the parts of its directives. */
export function joinAtlas(shared: Atlas, parts: Iterable<AtlasPart>): Atlas {
  const atlas: Atlas = { ...shared, recommendations: [...shared.recommendations], obligations: [...shared.obligations], sentences: [...shared.sentences] };
  for (const part of parts) {
    atlas.recommendations.push(...part.recommendations);
    atlas.obligations.push(...part.obligations);
    atlas.sentences.push(...part.sentences);
  }
  return atlas;
}

import { langs } from '../i18n/locales.ts';
import type { Atlas } from '../lib/atlas.ts';
import type { ContentProblem } from './atlas-rules.ts';

/**
 * The stored sentence boundaries (src/content/sentences/<directive>.yaml) against the texts they divide:
 * a pure function over the atlas, run by loadAtlas with the other cross-file rules.
 */

const SHOWN = 40;
const excerpt = (text: string) => JSON.stringify(text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text);

/**
 * Where `sentences`, read in order with only white space between them, stop being `text`: undefined when
 * they are exactly the text, else the index of the first sentence that does not follow (or `sentences.length`
 * when text is left over) and what the text has there.
 */
export function sentencesMismatch(text: string, sentences: readonly string[]): { index: number; found: string } | undefined {
  let at = 0;
  for (const [index, sentence] of sentences.entries()) {
    while (at < text.length && /\s/.test(text[at] ?? '')) at++;
    if (sentence.trim() !== sentence || sentence === '' || !text.startsWith(sentence, at)) return { index, found: text.slice(at, at + sentence.length) };
    at += sentence.length;
    // A sentence ends where white space or the text ends: never inside a word.
    if (at < text.length && !/\s/.test(text[at] ?? '')) return { index, found: text.slice(at - sentence.length, at + 1) };
  }
  const rest = text.slice(at).trim();
  return rest ? { index: sentences.length, found: rest } : undefined;
}

/**
 * Each directive has one sentences file, named after it; it divides the introduction, every recommendation
 * (once) and the closing, with ids unique within the part; and in each language the sentences of a part,
 * joined, are its text exactly. English and Khmer share each id by construction (one record per sentence, with each language the document has a text in).
 */
export function checkSentences(atlas: Atlas, problems: ContentProblem[]): void {
  const fileOf = (entry: { filePath?: string | undefined; id: string }) => entry.filePath ?? entry.id;
  const texts = new Map(atlas.recommendations.map((rec) => [`${rec.data.directive.id}/${rec.data.lang}/${rec.data.number}`, (rec.body ?? '').trim()]));
  const files = new Map<string, string>();
  for (const entry of atlas.sentences) {
    const file = fileOf(entry);
    const directiveId = entry.data.directive.id;
    if (entry.id !== directiveId) problems.push({ file, field: 'directive', message: `is "${directiveId}" but the file is named "${entry.id}": name it ${directiveId}.yaml` });
    const earlier = files.get(directiveId);
    if (earlier) problems.push({ file, field: 'directive', message: `the sentences of "${directiveId}" are already in ${earlier}` });
    else files.set(directiveId, file);
    const directive = atlas.directives.find((candidate) => candidate.id === directiveId);
    if (!directive) continue;
    // A sentence is in every language the document has a text in, and in no other (a Khmer original nobody translated has no English).
    const textLangs = langs.filter((lang) => directive.data.texts[lang] !== undefined);
    const everySentence = [
      ...entry.data.intro.map((sentence, index) => ({ sentence, field: `intro[${index}]` })),
      ...entry.data.recommendations.flatMap((rec, recIndex) => rec.sentences.map((sentence, index) => ({ sentence, field: `recommendations[${recIndex}].sentences[${index}]` }))),
      ...entry.data.closing.map((sentence, index) => ({ sentence, field: `closing[${index}]` })),
    ];
    for (const { sentence, field } of everySentence) {
      if (sentence.en === undefined && textLangs.includes('en'))
        problems.push({ file, field: `${field}.en`, message: `is missing: ${directiveId} has an English text, so every sentence has its English` });
      if (sentence.en !== undefined && !textLangs.includes('en'))
        problems.push({ file, field: `${field}.en`, message: `${directiveId} has no English text (texts.en): a sentence has no English either` });
    }
    // The introduction and the closing: joined, their sentences are the directive's own text of each.
    for (const part of ['intro', 'closing'] as const) {
      const sentences = entry.data[part];
      const ids = new Set<string>();
      sentences.forEach((sentence, index) => {
        if (ids.has(sentence.id)) problems.push({ file, field: `${part}[${index}].id`, message: `"${sentence.id}" is used twice in the ${part}: an anchor names one sentence` });
        ids.add(sentence.id);
      });
      for (const lang of textLangs) {
        const mismatch = sentencesMismatch(
          (directive.data[part][lang] ?? '').trim(),
          sentences.map((sentence) => sentence[lang] ?? ''),
        );
        if (!mismatch) continue;
        problems.push(
          mismatch.index < sentences.length
            ? {
                file,
                field: `${part}[${mismatch.index}].${lang}`,
                message: `is not the next sentence of the ${part} (${lang}), verbatim and ending at a word's end: the text has ${excerpt(mismatch.found)} there`,
              }
            : { file, field: part, message: `the sentences of the ${part} (${lang}) stop before its text does: ${excerpt(mismatch.found)} is in no sentence` },
        );
      }
    }
    const seen = new Set<number>();
    entry.data.recommendations.forEach((rec, recIndex) => {
      const field = `recommendations[${recIndex}]`;
      if (seen.has(rec.number)) problems.push({ file, field: `${field}.number`, message: `recommendation ${rec.number} is divided twice` });
      seen.add(rec.number);
      if (rec.number > directive.data.recommendationCount) {
        problems.push({ file, field: `${field}.number`, message: `directive "${directiveId}" has only ${directive.data.recommendationCount} recommendations` });
        return;
      }
      const ids = new Set<string>();
      rec.sentences.forEach((sentence, index) => {
        if (ids.has(sentence.id))
          problems.push({ file, field: `${field}.sentences[${index}].id`, message: `"${sentence.id}" is used twice in recommendation ${rec.number}: an anchor names one sentence` });
        ids.add(sentence.id);
        for (const lang of textLangs) {
          if ((sentence[lang]?.match(/\*/g)?.length ?? 0) % 2 !== 0) {
            problems.push({ file, field: `${field}.sentences[${index}].${lang}`, message: 'cuts through emphasis (*...*): a sentence boundary must lie outside inline markup' });
          }
        }
      });
      for (const lang of textLangs) {
        const text = texts.get(`${directiveId}/${lang}/${rec.number}`);
        if (text === undefined) continue;
        const mismatch = sentencesMismatch(
          text,
          rec.sentences.map((sentence) => sentence[lang] ?? ''),
        );
        if (!mismatch) continue;
        problems.push(
          mismatch.index < rec.sentences.length
            ? {
                file,
                field: `${field}.sentences[${mismatch.index}].${lang}`,
                message: `is not the next sentence of recommendation ${rec.number} (${lang}), verbatim and ending at a word's end: the text has ${excerpt(mismatch.found)} there`,
              }
            : { file, field: `${field}.sentences`, message: `the sentences of recommendation ${rec.number} (${lang}) stop before its text does: ${excerpt(mismatch.found)} is in no sentence` },
        );
      }
    });
    for (let number = 1; number <= directive.data.recommendationCount; number++) {
      if (!seen.has(number)) problems.push({ file, field: 'recommendations', message: `recommendation ${number} is not divided into sentences: every sentence of the letter has an anchor` });
    }
  }
  for (const directive of atlas.directives) {
    if (!files.has(directive.id)) {
      problems.push({ file: fileOf(directive), field: 'id', message: `has no sentences file: add src/content/sentences/${directive.id}.yaml (its recommendations divided into sentences)` });
    }
  }
}

import { t } from '../i18n/index.ts';
import type { Lang } from '../i18n/locales.ts';
import { eIdPrefixes, provisionUnits, type ProvisionUnit } from '../schemas/kind.ts';

const unitOfPrefix = new Map(provisionUnits.map((unit) => [eIdPrefixes[unit], unit] as const));

/** One step of a provision's path: `chp_2__art_5` is chapter 2, article 5. */
export interface ProvisionStep {
  unit: ProvisionUnit;
  number: number;
}

/**
 * The path of a provision anchor: an Akoma Ntoso eId (`chp_2__art_5__para_1`) or one of the letter's
 * anchors (`rec-8`, `rec-8-p1`); undefined for an anchor that names no numbered unit (`intro`).
 */
export function provisionPath(anchor: string): ProvisionStep[] | undefined {
  const letter = /^rec-(\d+)(?:-p(\d+))?$/.exec(anchor);
  if (letter) return [{ unit: 'recommendation', number: Number(letter[1]) }, ...(letter[2] ? [{ unit: 'paragraph' as const, number: Number(letter[2]) }] : [])];
  const steps = anchor.split('__').map((segment) => /^([a-z]+)_(\d+)$/.exec(segment));
  if (steps.some((step) => !step || !unitOfPrefix.has(step[1]!))) return undefined;
  return steps.map((step) => ({ unit: unitOfPrefix.get(step![1]!)!, number: Number(step![2]) }));
}

/** A provision named in the reader's language: "Chapter 2, Article 5", "មាត្រា ៥", "Introduction". */
export function provisionLabel(lang: Lang, anchor: string): string {
  if (anchor === 'intro') return t(lang, 'directive.introPart');
  if (anchor === 'closing') return t(lang, 'sbs.closing');
  const path = provisionPath(anchor);
  return path ? path.map((step) => t(lang, `unit.${step.unit}`, { number: step.number })).join(', ') : anchor;
}

/**
 * A numbered text of a document that has its own page: a letter's recommendation, a sub-decree's article
 * (in its chapter, when the text has chapters), a circular's point. Its unit decides its address, its
 * anchors and its name.
 */
export interface ProvisionRef {
  unit: ProvisionUnit;
  number: number;
  /** The chapter it stands in, for an article of a text divided into chapters. */
  chapter?: number | undefined;
}

/** The letter's recommendation `number`: the provision of every document entered before kinds existed. */
export const recommendationRef = (number: number): ProvisionRef => ({ unit: 'recommendation', number });

/**
 * The provision's anchor on its document's page, also its Akoma Ntoso eId. A recommendation keeps the
 * letter's public form (`rec-8`); every other unit follows Akoma Ntoso (`chp_2__art_5`, `point_3`).
 */
export function provisionAnchor(ref: ProvisionRef): string {
  if (ref.unit === 'recommendation') return `rec-${ref.number}`;
  return `${ref.chapter === undefined ? '' : `${eIdPrefixes.chapter}_${ref.chapter}__`}${eIdPrefixes[ref.unit]}_${ref.number}`;
}

/** Paragraph `paragraph` of a provision: `rec-8-p1`, `chp_2__art_5__para_1`. */
export function provisionParagraphAnchor(ref: ProvisionRef, paragraph: number): string {
  return ref.unit === 'recommendation' ? `rec-${ref.number}-p${paragraph}` : `${provisionAnchor(ref)}__${eIdPrefixes.paragraph}_${paragraph}`;
}

/** A stored sentence (`s2`) of a provision, the same in both languages: `rec-8-s2`, `chp_2__art_5__sent_2`. */
export function provisionSentenceAnchor(ref: ProvisionRef, sentenceId: string): string {
  return ref.unit === 'recommendation' ? `rec-${ref.number}-${sentenceId}` : `${provisionAnchor(ref)}__sent_${sentenceId.replace(/^s/, '')}`;
}

/** The folder of a unit's pages under its document: `recommendations`, `articles`, `points`. */
export const provisionFolder = (unit: ProvisionUnit): string => `${unit}s`;

/** The provision's title in the reader's language: "Article 5", "មាត្រា ៥". */
export const provisionTitle = (lang: Lang, ref: ProvisionRef): string => t(lang, `unit.${ref.unit}`, { number: ref.number });

/** The provision named inside a sentence: "article 5" (English lower case), "មាត្រា ៥". */
export const provisionInline = (lang: Lang, ref: ProvisionRef): string => t(lang, `unitInline.${ref.unit}`, { number: ref.number });

/** The unit's noun in the reader's language, one and many: "article", "articles"; "មាត្រា". */
export const unitNoun = (lang: Lang, unit: ProvisionUnit, many = false): string => t(lang, many ? `unitNouns.${unit}` : `unitNoun.${unit}`);

/**
 * A provision's value in the search filter: the number for a recommendation (or 0, the introduction),
 * as search addresses shared since the letter write it (`recommendation=3`); `article-5`, `point-2` for
 * other units, so that a letter's recommendation 3 and a sub-decree's article 3 are two choices.
 */
export const provisionFilterValue = (ref: ProvisionRef | undefined, number: number): string => (ref === undefined || ref.unit === 'recommendation' ? String(number) : `${ref.unit}-${number}`);

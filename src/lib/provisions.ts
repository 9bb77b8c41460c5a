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

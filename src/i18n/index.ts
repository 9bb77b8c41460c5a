import { z } from 'astro/zod';
import en from './en.ts';
import km from './km.ts';
import type { Lang } from './locales.ts';
import { formatNumber } from '../lib/khmer.ts';

export type UiKey = keyof typeof en;

/** Every locale must have exactly the English keys, each a non-empty string. */
export const uiStringsSchema = z.strictObject(Object.fromEntries(Object.keys(en).map((key) => [key, z.string().min(1)])) as Record<UiKey, z.ZodString>);

/** Throws, naming the locale and the keys, when a locale has a missing, extra or empty string. */
export function checkUiStrings(lang: Lang, strings: unknown): Record<UiKey, string> {
  const result = uiStringsSchema.safeParse(strings);
  if (!result.success) {
    const detail = result.error.issues.map((issue) => (issue.code === 'unrecognized_keys' ? `extra key(s) ${issue.keys.join(', ')}` : `"${issue.path.join('.')}": ${issue.message}`));
    throw new Error(`src/i18n/${lang}.ts: ${detail.join('; ')}`);
  }
  return result.data;
}

const dictionaries: Record<Lang, Record<UiKey, string>> = { en: checkUiStrings('en', en), km: checkUiStrings('km', km) };

/**
 * The interface string `key` in `lang`, with `{name}` placeholders filled from `params`.
 * Numbers are written in the reader's numerals (Khmer digits on Khmer pages).
 */
export function t(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}

/** A `t` bound to one language, for components. */
export function translator(lang: Lang) {
  return (key: UiKey, params?: Record<string, string | number>) => t(lang, key, params);
}

export { en as englishStrings };

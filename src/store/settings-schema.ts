import * as v from 'valibot';
import type { Language } from '../i18n/types';

/** How the app is coloured: following the system, or forced light or dark. */
export type Theme = 'system' | 'light' | 'dark';

/** Everything a person can set on the Settings page. */
export interface Settings {
  language: Language;
  theme: Theme;
  shuffleOptions: boolean;
  examQuestions: number;
  examMinutes: number;
  passMark: number;
}

/** The schema every saved or imported settings object must pass. */
export const settingsSchema = v.object({
  language: v.picklist(['en', 'ko']),
  theme: v.picklist(['system', 'light', 'dark']),
  shuffleOptions: v.boolean(),
  examQuestions: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)),
  examMinutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(600)),
  passMark: v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(1000)),
});

/** The AWS specialty exam's shape: 65 questions, 180 minutes, 750 to pass. */
export function defaultSettings(language: Language): Settings {
  return { language, theme: 'system', shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750 };
}

/**
 * Keeps every valid field of a saved value and replaces the rest with defaults, so one bad field
 * never costs a person their other choices.
 */
export function salvageSettings(value: unknown, defaults: Settings): Settings {
  if (typeof value !== 'object' || value === null) return defaults;
  const result: Settings = { ...defaults };
  const entries = settingsSchema.entries;
  for (const key of Object.keys(entries) as (keyof Settings)[]) {
    const field = (value as Record<string, unknown>)[key];
    if (v.safeParse(entries[key], field).success) (result as unknown as Record<string, unknown>)[key] = field;
  }
  return result;
}

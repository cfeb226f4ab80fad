import type { RemoteImageMode } from '../ui/remote-images';
import type { Language } from './language';

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
  /** Images from other hosts: loaded with the page, or each only when the reader asks (no request before). */
  remoteImages: RemoteImageMode;
}

type FieldCheck = (value: unknown) => boolean;

const oneOf = (...allowed: readonly unknown[]): FieldCheck => (value) => allowed.includes(value);
const wholeNumber = (min: number, max: number): FieldCheck => (value) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/**
 * What each saved settings field must be. Hand-written rather than a schema library because this runs on
 * the home page, whose script budget is tight; progress and imports use valibot schemas, loaded lazily.
 */
export const settingsChecks: Record<keyof Settings, FieldCheck> = {
  language: oneOf('en', 'ko'),
  theme: oneOf('system', 'light', 'dark'),
  shuffleOptions: oneOf(true, false),
  examQuestions: wholeNumber(1, 500),
  examMinutes: wholeNumber(1, 600),
  passMark: wholeNumber(100, 1000),
  remoteImages: oneOf('show', 'off'),
};

/** The AWS specialty exam's shape: 65 questions, 180 minutes, 750 to pass. */
export function defaultSettings(language: Language): Settings {
  return { language, theme: 'system', shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750, remoteImages: 'show' };
}

/**
 * Keeps every valid field of a saved value and replaces the rest with defaults, so one bad field
 * never costs a person their other choices.
 */
export function salvageSettings(value: unknown, defaults: Settings): Settings {
  if (typeof value !== 'object' || value === null) return defaults;
  const result: Record<string, unknown> = { ...defaults };
  for (const [key, check] of Object.entries(settingsChecks)) {
    const field = (value as Record<string, unknown>)[key];
    if (check(field)) result[key] = field;
  }
  return result as unknown as Settings;
}

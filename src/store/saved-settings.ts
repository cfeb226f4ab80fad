import type { Language } from './language';
import { SETTINGS_VERSION } from './settings-key';
import { salvageSettings, settingsChecks, type Settings } from './settings-schema';

export { SETTINGS_VERSION };

/**
 * The settings to start from, given what was saved (the raw string, or null) and the pre-rendered ones:
 * every valid saved field, and for the rest the pre-rendered value, except the language, which is the
 * browser's when none was saved. Any version and any shape are salvaged field by field; text that is not
 * JSON counts as nothing saved.
 */
export function readSavedSettings(saved: string | null, current: Settings, browserLanguage: Language): Settings {
  let value: unknown = null;
  try {
    value = JSON.parse(saved ?? 'null');
  } catch {
    // Unreadable settings are cheap to set again: the defaults stand in.
  }
  const state = typeof value === 'object' && value !== null ? (value as { state?: unknown }).state : undefined;
  return salvageSettings(state, { ...current, language: browserLanguage });
}

/** The text saved for `settings`: only the settings' own fields, never the store's functions. */
export function savedSettingsText(settings: Settings): string {
  const state = Object.fromEntries(Object.keys(settingsChecks).map((key) => [key, settings[key as keyof Settings]]));
  return JSON.stringify({ state, version: SETTINGS_VERSION });
}

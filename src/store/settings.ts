import { create } from 'zustand';
import { detectLanguage } from './language';
import { readSavedSettings, savedSettingsText } from './saved-settings';
import { defaultSettings, type Settings } from './settings-schema';
import { SETTINGS_KEY } from './settings-key';

/** The settings store: the values plus one setter for any of them. */
export interface SettingsState extends Settings {
  update: (patch: Partial<Settings>) => void;
  resetSettings: () => void;
}

const browserLanguage = () =>
  detectLanguage(typeof navigator === 'undefined' ? undefined : navigator.languages);

/** The interface language pages are pre-rendered in. */
export const PRERENDERED_LANGUAGE = 'en';

export { SETTINGS_KEY };

/** The saved settings' text, or null when nothing is saved or storage is blocked. */
function loadSettingsText(): string | null {
  try {
    return localStorage.getItem(SETTINGS_KEY);
  } catch {
    return null;
  }
}

/** Saves the settings; a blocked or full storage only means they are not kept. */
function storeSettingsText(text: string): void {
  try {
    localStorage.setItem(SETTINGS_KEY, text);
  } catch {
    // Settings are cheap to set again; progress has its own quota reporting.
  }
}

/**
 * Interface language, theme, option shuffling and exam shape, saved in localStorage. A small reader and
 * writer rather than zustand's persist middleware, which every page's first visit would fetch (~1 kB gz).
 */
export const useSettings = create<SettingsState>()((set) => ({
  // Pages are pre-rendered in English: the first render in the browser (hydration) must match them, and
  // the store's initial state (getInitialState) is what hydration reads. The saved settings follow at once.
  ...defaultSettings(PRERENDERED_LANGUAGE),
  update: (patch) => set(patch),
  resetSettings: () => set(defaultSettings(browserLanguage())),
}));

// Runs on every start, with nothing saved too: then the browser's language is the reader's.
useSettings.setState(readSavedSettings(loadSettingsText(), useSettings.getState(), browserLanguage()));
useSettings.subscribe((settings) => storeSettingsText(savedSettingsText(settings)));

import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { detectLanguage } from './language';
import { defaultSettings, salvageSettings, type Settings } from './settings-schema';

/** The settings store: the values plus one setter for any of them. */
export interface SettingsState extends Settings {
  update: (patch: Partial<Settings>) => void;
  resetSettings: () => void;
}

const browserLanguage = () =>
  detectLanguage(typeof navigator === 'undefined' ? undefined : navigator.languages);

/** The interface language pages are pre-rendered in. */
export const PRERENDERED_LANGUAGE = 'en';

/** The localStorage key the settings are saved under (read before the first paint too: src/app/first-paint.ts). */
export const SETTINGS_KEY = 'examflow-settings';

/** localStorage that never throws: a blocked or full storage only means settings are not kept. */
const safeLocalStorage: StateStorage = {
  getItem: (name) => {
    try {
      return localStorage.getItem(name);
    } catch {
      return null;
    }
  },
  setItem: (name, value) => {
    try {
      localStorage.setItem(name, value);
    } catch {
      // Settings are cheap to set again; progress has its own quota reporting.
    }
  },
  removeItem: (name) => {
    try {
      localStorage.removeItem(name);
    } catch {
      // Nothing to do when storage is unavailable.
    }
  },
};

/** Interface language, theme, option shuffling and exam shape, saved in localStorage. */
export const useSettings = create<SettingsState>()(
  persist(
    (set) => ({
      // Pages are pre-rendered in English: the first render in the browser (hydration) must match them, and
      // the store's initial state is what hydration reads. The reader's language arrives in `merge` below.
      ...defaultSettings(PRERENDERED_LANGUAGE),
      update: (patch) => set(patch),
      resetSettings: () => set(defaultSettings(browserLanguage())),
    }),
    {
      name: SETTINGS_KEY,
      version: 1,
      storage: createJSONStorage(() => safeLocalStorage),
      partialize: ({ language, theme, shuffleOptions, examQuestions, examMinutes, passMark, remoteImages }) => ({
        language, theme, shuffleOptions, examQuestions, examMinutes, passMark, remoteImages,
      }),
      // Whatever was saved (any version, any shape) is salvaged field by field.
      migrate: (persisted) => salvageSettings(persisted, defaultSettings(browserLanguage())),
      // Runs on every start, with nothing saved too: then the browser's language is the reader's.
      merge: (persisted, current) => ({ ...current, ...salvageSettings(persisted, { ...current, language: browserLanguage() }) }),
    },
  ),
);

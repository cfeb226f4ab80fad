/**
 * Where and how the settings are saved, in a module of its own so the scripts inlined into built pages (the
 * first paint's, and the one answering header presses before the app runs) know it without the settings store.
 */

/** The localStorage key the settings are saved under (read before the first paint too: src/app/first-paint.ts). */
export const SETTINGS_KEY = 'examflow-settings';

/**
 * The settings as localStorage keeps them: `{"state":{…},"version":1}`, the shape zustand's persist wrote
 * before, so every reader's saved choices carry over, and the shape the first-paint script reads.
 */
export const SETTINGS_VERSION = 1;

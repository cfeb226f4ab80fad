// The languages a setting can hold live with the settings, so that the store never imports i18n: i18n's hooks
// read the store, and the import runs one way.

/** The interface languages examflow speaks. */
export type Language = 'en' | 'ko';

/** Picks the language a browser prefers among the ones examflow speaks. */
export function detectLanguage(preferred: readonly string[] | undefined): Language {
  for (const tag of preferred ?? []) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ko') return 'ko';
    if (base === 'en') return 'en';
  }
  return 'en';
}

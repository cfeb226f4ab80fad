/** Every message of every interface catalogue in one language, for the tests that audit the wording. */
import type { Language, Messages } from './types';

// Every catalogue of the interface, so a new message is audited without being listed anywhere.
const catalogues = import.meta.glob<Record<string, Messages<string>>>('./messages/*.ts', { eager: true });

/** Each message of `language` as `[where, text]`, where is the catalogue's file and the message's key. */
export function catalogueTexts(language: Language): (readonly [string, string])[] {
  return Object.entries(catalogues).flatMap(([file, module]) =>
    Object.values(module).flatMap((catalogue) => Object.entries(catalogue[language]).map(([key, text]) => [`${file} ${key}`, text] as const)),
  );
}

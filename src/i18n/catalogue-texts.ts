/** Every message of every interface catalogue in one language, for the tests that audit the wording. */
import { koreanPack } from './messages/ko/pack';
import type { Language, Messages } from './types';

// Every catalogue of the interface, so a new message is audited without being listed anywhere.
const catalogues = import.meta.glob<Record<string, Messages<string>>>('./messages/*.ts', { eager: true });

const tableOf = (catalogue: Messages<string>, language: Language): Record<string, string> =>
  language === 'en' ? catalogue.en : typeof catalogue.ko === 'string' ? koreanPack[catalogue.ko] : catalogue.ko;

/** Each message of `language` as `[where, text]`, where is the catalogue's file and the message's key. */
export function catalogueTexts(language: Language): (readonly [string, string])[] {
  return Object.entries(catalogues).flatMap(([file, module]) =>
    Object.values(module).flatMap((catalogue) => Object.entries(tableOf(catalogue, language)).map(([key, text]) => [`${file} ${key}`, text] as const)),
  );
}

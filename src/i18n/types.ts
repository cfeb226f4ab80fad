import type { Language } from '../store/language';

/** The interface languages examflow speaks (the settings store owns the list). */
export type { Language };

/** A feature's message catalogue: the same keys in every language. */
export type Messages<K extends string> = Record<Language, Record<K, string>>;

/** Builds a catalogue while checking that Korean has exactly the English keys. */
export function defineMessages<K extends string>(en: Record<K, string>, ko: Record<K, string>): Messages<K> {
  return { en, ko };
}

import type { Language } from '../store/language';
import type { KoreanPack } from './messages/ko/pack';

/** The interface languages examflow speaks (the settings store owns the list). */
export type { Language };

/** A catalogue whose Korean is in the Korean pack (src/i18n/messages/ko/pack.ts), by its name there. */
export type PackedCatalogue = keyof KoreanPack;

/**
 * A feature's message catalogue: the same keys in every language. Korean is either in the catalogue or, for
 * the catalogues every first visit starts with, the name of its table in the Korean pack, loaded on demand.
 */
export interface Messages<K extends string> {
  en: Record<K, string>;
  ko: Record<K, string> | PackedCatalogue;
}

/** Builds a catalogue while checking that Korean has exactly the English keys (a packed table checks its own). */
export function defineMessages<K extends string>(en: Record<K, string>, ko: Record<K, string> | PackedCatalogue): Messages<K> {
  return { en, ko };
}

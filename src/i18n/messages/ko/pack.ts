import { isParticlePair, withParticle } from '../../particles';
import { app } from './app';
import { notes } from './notes';
import { reading } from './reading';
import { search } from './search';
import { status } from './status';
import { study } from './study';
import { tags } from './tags';

/**
 * The Korean of the catalogues the landing pages (home, a note, a tag) start with, as one chunk that only a
 * Korean reader fetches: an English first visit loads no Korean. Catalogues loaded later, with their
 * feature's code, keep both languages in their own file.
 */
export const koreanPack = { app, notes, reading, search, status, study, tags };

/** The Korean pack's tables, by catalogue. */
export type KoreanPack = typeof koreanPack;

/** Korean messages' particles (`{name|을/를}`), which only Korean needs: they travel with its pack. */
export function writeParticle(word: string, pair: string): string {
  return isParticlePair(pair) ? withParticle(word, pair) : word;
}

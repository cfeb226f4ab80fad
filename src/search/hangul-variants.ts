/**
 * The forms a typed Hangul word may take in a note. Korean glues particles and endings to words
 * (암호화를, 드롭아웃으로, 줄이려면), writes compounds with or without a space (협업필터링 / 협업 필터링),
 * and a typo changes one syllable. A query word therefore matches a note through any of its variants:
 * the word as typed, the word with a particle or ending taken off, and, for words of four syllables or
 * more, the word without the bigram across one possible space or around one mistyped syllable.
 */
import { hangulBigrams } from './tokenize';

// Longest first, so 에서는 is taken off before 는. Particles, then the endings a query phrase ends in.
const ENDINGS = [
  '에서는', '에서도', '으로는', '으로서', '으로써', '이라는', '에게서', '하려면', '으려면', '시키는', '하는지',
  '에서', '으로', '에게', '한테', '까지', '부터', '처럼', '보다', '마다', '이나', '이란', '라는', '려면', '으면',
  '하는', '하기', '하고', '하여', '해서', '하면', '한다', '되는', '된다', '되어', '하다', '했다', '이며', '이고',
  '을', '를', '이', '가', '은', '는', '의', '에', '로', '와', '과', '도', '만', '면', '된', '한', '할', '함',
];

/** A word with one particle or ending taken off, if at least two syllables are left; else nothing. */
export function stripEnding(run: string): string | null {
  for (const ending of ENDINGS) {
    if (run.length - ending.length >= 2 && run.endsWith(ending)) return run.slice(0, -ending.length);
  }
  return null;
}

/** Whether a whole run is only a particle or ending (the 에서 of "SageMaker에서"). */
export function isEnding(run: string): boolean {
  return ENDINGS.includes(run);
}

/** The stems a query word stands for: as typed, then with its ending off (repeatedly: 협업필터링으로는 → …). */
export function hangulStems(run: string): string[] {
  const stems = [run];
  let stem = stripEnding(run);
  while (stem !== null && stems.length < 3) {
    stems.push(stem);
    stem = stripEnding(stem);
  }
  return stems;
}

/**
 * The sets of bigrams any one of which a note must hold all of to match a stem: all of them; and for
 * four syllables or more, all but the one across each possible space, and all but the ones around each
 * syllable (a typo). At least two bigrams always remain, so one common bigram alone never matches.
 */
export function bigramSets(stem: string): string[][] {
  const grams = hangulBigrams(stem);
  const sets = [grams];
  if (stem.length < 4) return sets;
  for (let skip = 0; skip < grams.length; skip += 1) sets.push(grams.filter((_, i) => i !== skip));
  // Syllable i sits in bigrams i-1 and i; the ends sit in one bigram only, which the loop above drops.
  for (let syllable = 1; syllable < stem.length - 1; syllable += 1) {
    const kept = grams.filter((_, i) => i !== syllable - 1 && i !== syllable);
    if (kept.length >= 2) sets.push(kept);
  }
  return sets;
}

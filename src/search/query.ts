/** Turns a typed query into the words it asks for, their variants and what to highlight. */
import { bigramSets, hangulStems, isEnding } from './hangul-variants';
import type { Needle } from './snippet';
import { tokenizeQuery, type QueryUnit } from './tokenize';

/** Edit distance allowed for a Latin word: none under 4 letters, where a typo makes another word. */
export function fuzzyDistance(word: string): number {
  if (word.length < 4) return 0;
  return word.length < 8 ? 1 : 2;
}

/** The query's words, without a particle glued to an English word ("SageMaker에서" asks for SageMaker). */
export function queryUnits(query: string): QueryUnit[] {
  return tokenizeQuery(query).filter((unit) => unit.kind === 'latin' || !(unit.glued && isEnding(unit.run)));
}

/**
 * The bigram sets of a Hangul word of two syllables or more: a note matches the word when it holds every
 * bigram of any one set. Variants drop a particle (암호화를), a space (협업필터링) or a typo (하이퍼파라메터).
 */
export function wordBigramSets(run: string): string[][] {
  const stems = hangulStems(run);
  const shortest = stems[stems.length - 1]!;
  return [...stems.map((stem) => hangulBigramsOf(stem)), ...bigramSets(shortest).slice(1)];
}

function hangulBigramsOf(stem: string): string[] {
  return bigramSets(stem)[0]!;
}

/** What to highlight in a result: the Hangul words without their particles, and the Latin words the index matched. */
export function highlightNeedles(query: string, matchedTerms: string[]): Needle[] {
  const needles: Needle[] = [];
  for (const unit of queryUnits(query)) {
    if (unit.kind === 'hangul') needles.push({ text: hangulStems(unit.run).at(-1)!, wordStart: false });
  }
  // Matched Latin terms include fuzzy and prefix expansions ("sagemakr" -> "sagemaker"). Matched Hangul
  // terms are bigrams, which alone would mark "호화" inside "복호화" for "암호화": they are left out.
  for (const term of matchedTerms) {
    if (!/^[\uAC00-\uD7A3]/.test(term)) needles.push({ text: term, wordStart: true });
  }
  return needles;
}

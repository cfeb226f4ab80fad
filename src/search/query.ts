/** Turns a typed query into a minisearch query tree where every word must match. */
import type { Query } from 'minisearch';
import { bigramSets, hangulStems, isEnding } from './hangul-variants';
import type { Needle } from './snippet';
import { tokenizeQuery, type QueryUnit } from './tokenize';

/** Edit distance allowed for a Latin word: none under 4 letters, where a typo makes another word. */
export function fuzzyDistance(word: string): number {
  if (word.length < 4) return 0;
  return word.length < 8 ? 1 : 2;
}

/**
 * The query tree of a query string, or null when it has nothing searchable. `AND` (the default) asks
 * for every word; `OR` ranks notes by how many words they hold, for when no note holds them all.
 */
export function buildQuery(query: string, combineWith: 'AND' | 'OR' = 'AND', units = queryUnits(query)): Query | null {
  if (units.length === 0) return null;
  return { combineWith, queries: units.map(unitQuery) };
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

/** The query tree of one word of a query; its Hangul bigrams must be searched with `bigramFilter` (query-candidates.ts). */
export function unitQuery(unit: QueryUnit): Query {
  if (unit.kind === 'latin') {
    const fuzzy = fuzzyDistance(unit.word);
    // One letter as a prefix would ask for every word starting with it ("k" of "k-means"): asked whole.
    return { queries: [unit.word], prefix: unit.word.length > 1, fuzzy: fuzzy || false };
  }
  if (unit.run.length === 1) return { queries: [unit.run], prefix: true, fuzzy: false };
  // A note matches the word when it holds every bigram of one of the word's bigram sets: "암호화" then
  // finds "암호화된" and "KMS암호화", which whole words never would. Which notes do is found from bit
  // sets (query-candidates.ts), so here each bigram is asked once and scores only in those notes; a
  // note holding more of the word's bigrams ranks higher. Whole-word prefixes add score for notes that
  // use the word as typed in a title, alias, tag or heading.
  const grams = [...new Set(wordBigramSets(unit.run).flat())];
  return {
    combineWith: 'OR',
    queries: [
      { combineWith: 'OR', queries: grams, prefix: false, fuzzy: false },
      ...hangulStems(unit.run).map((stem): Query => ({ queries: [stem], prefix: true, fuzzy: false })),
    ],
  };
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

/**
 * Which notes each Hangul word of a query matches, found from bit sets: a note matches a word when it
 * holds every bigram of one of the word's bigram sets (hangul-variants.ts). The query asks each bigram
 * once and scores it only in the notes that match its word (rank-notes.ts), so a word of common
 * bigrams costs a few term look-ups instead of one per bigram of every variant.
 */
import { allOf, combine, type BigramDocs, type DocSet } from './doc-sets';
import { wordBigramSets } from './query';
import type { QueryUnit } from './tokenize';

/** The notes a Hangul word of two syllables or more matches. */
export function wordCandidates(bigrams: BigramDocs, run: string): DocSet {
  return combine(wordBigramSets(run).map((set) => allOf(bigrams, set)), 'OR', bigrams.words);
}

/**
 * Where each Hangul bigram of a query may score: in the notes matching a word it is a bigram of (any
 * such word, when words share it). A note holding a few common bigrams of a word never scores for it.
 */
export function bigramScopes(bigrams: BigramDocs, units: readonly QueryUnit[]): Map<string, DocSet> {
  const scopes = new Map<string, DocSet>();
  for (const unit of units) {
    if (unit.kind !== 'hangul' || unit.run.length < 2) continue;
    const matches = wordCandidates(bigrams, unit.run);
    for (const gram of new Set(wordBigramSets(unit.run).flat())) {
      const other = scopes.get(gram);
      scopes.set(gram, other ? combine([other, matches], 'OR', bigrams.words) : matches);
    }
  }
  return scopes;
}

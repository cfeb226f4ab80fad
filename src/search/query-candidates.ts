/**
 * Which notes each Hangul word of a query matches, found from bit sets: a note matches a word when it
 * holds every bigram of one of the word's bigram sets (hangul-variants.ts). The query asks each bigram
 * once (query.ts) and minisearch scores a bigram only in the notes that match its word, so a word of
 * common bigrams costs a few term look-ups instead of one per bigram of every variant.
 */
import { allOf, combine, type BigramDocs, type DocSet } from './doc-sets';
import { wordBigramSets } from './query';
import type { QueryUnit } from './tokenize';

/** What the filter needs of a loaded index. */
export interface CandidateIndex {
  bigrams: BigramDocs;
  /** Minisearch's short id of each note, by slug. */
  shortIds: ReadonlyMap<string, number>;
}

/** The notes a Hangul word of two syllables or more matches. */
export function wordCandidates(bigrams: BigramDocs, run: string): DocSet {
  return combine(wordBigramSets(run).map((set) => allOf(bigrams, set)), 'OR', bigrams.words);
}

/**
 * minisearch's `boostDocument` for a query: a Hangul bigram of a word counts (at its own score) only in
 * the notes matching that word; every other term counts wherever it occurs, or, when every word must
 * match (`AND`), only in the notes matching all the Hangul words (the others would be dropped anyway).
 */
export function bigramFilter(index: CandidateIndex, units: readonly QueryUnit[], combineWith: 'AND' | 'OR'): (id: unknown, term: string) => number {
  const byBigram = new Map<string, DocSet>();
  const words: DocSet[] = [];
  for (const unit of units) {
    if (unit.kind !== 'hangul' || unit.run.length < 2) continue;
    const matches = wordCandidates(index.bigrams, unit.run);
    words.push(matches);
    for (const gram of new Set(wordBigramSets(unit.run).flat())) {
      const other = byBigram.get(gram);
      byBigram.set(gram, other ? combine([other, matches], 'OR', index.bigrams.words) : matches);
    }
  }
  const everyWord = combineWith === 'AND' && words.length > 0 ? combine(words, 'AND', index.bigrams.words) : null;
  return (id, term) => {
    const set = byBigram.get(term) ?? everyWord;
    if (!set) return 1;
    const short = index.shortIds.get(String(id));
    return short !== undefined && (set[short >>> 5]! & (1 << (short & 31))) !== 0 ? 1 : 0;
  };
}

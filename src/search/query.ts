/** Turns a typed query into a minisearch query tree where every word must match. */
import type { Query } from 'minisearch';
import type { Needle } from './snippet';
import { tokenizeQuery, type QueryUnit } from './tokenize';

/** Edit distance allowed for a Latin word: none under 4 letters, where a typo makes another word. */
export function fuzzyDistance(word: string): number {
  if (word.length < 4) return 0;
  return word.length < 8 ? 1 : 2;
}

/** The query tree of a query string, or null when it has nothing searchable. */
export function buildQuery(query: string): Query | null {
  const units = tokenizeQuery(query);
  if (units.length === 0) return null;
  return { combineWith: 'AND', queries: units.map(unitQuery) };
}

function unitQuery(unit: QueryUnit): Query {
  if (unit.kind === 'latin') {
    const fuzzy = fuzzyDistance(unit.word);
    return { queries: [unit.word], prefix: true, fuzzy: fuzzy || false };
  }
  // Every bigram must occur: "암호화" then finds "암호화된" and "KMS암호화", which whole words never would.
  // The prefix match on the whole run only adds score, for notes that use the word as typed.
  return {
    combineWith: 'OR',
    queries: [
      { combineWith: 'AND', queries: unit.bigrams, prefix: unit.run.length === 1, fuzzy: false },
      { queries: [unit.run], prefix: true, fuzzy: false },
    ],
  };
}

/** What to highlight in a result: the Hangul runs as typed, and the Latin words the index matched. */
export function highlightNeedles(query: string, matchedTerms: string[]): Needle[] {
  const needles: Needle[] = [];
  for (const unit of tokenizeQuery(query)) {
    if (unit.kind === 'hangul') needles.push({ text: unit.run, wordStart: false });
  }
  // Matched Latin terms include fuzzy and prefix expansions ("sagemakr" -> "sagemaker"). Matched Hangul
  // terms are bigrams, which alone would mark "호화" inside "복호화" for "암호화": they are left out.
  for (const term of matchedTerms) {
    if (!/^[\uAC00-\uD7A3]/.test(term)) needles.push({ text: term, wordStart: true });
  }
  return needles;
}

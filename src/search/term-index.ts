/**
 * The search index as the browser queries it: each term's postings as typed arrays per field, and each
 * note's field lengths in one flat array. Scoring reads these directly (rank-notes.ts) instead of
 * minisearch's maps of maps, so a query over thousands of matching notes allocates almost nothing.
 * Terms and stored notes arrive shard by shard (search-files.ts): a query reads only what it loaded.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { addBigram, emptyBigramDocs, type BigramDocs } from './doc-sets';
import { decodeTerm, type PackedTerm } from './packed-index';
import type { SearchMeta } from './search-files';
import { FIELD_BOOST, SEARCH_FIELDS, type StoredNote } from './search-options';

/** The notes holding a term in one field, by short id (ascending), with how often each holds it. */
export interface FieldPostings {
  field: number;
  /** How much a match in this field counts (FIELD_BOOST). */
  boost: number;
  docs: Int32Array;
  frequencies: Uint16Array;
}

/** Everything a query reads: terms (for exact, prefix and fuzzy look-up), postings and field lengths. */
export interface TermIndex {
  /** Each loaded term's number, the index of its postings. */
  terms: SearchableMap<number>;
  postings: FieldPostings[][];
  /** Short ids run from 0 to `size - 1`. */
  size: number;
  documentCount: number;
  fieldCount: number;
  /** Terms of field `f` in note `d` at `d * fieldCount + f`. */
  fieldLength: Float32Array;
  averageFieldLength: number[];
  /** What results show of each note, by short id (once its group is loaded). */
  stored: (StoredNote | undefined)[];
  /** Field boosts by field id. */
  boostOf: number[];
}

/** A loaded index: its terms, and which notes hold each Hangul bigram (see doc-sets.ts). */
export interface SearchIndex {
  terms: TermIndex;
  bigrams: BigramDocs;
}

/** An index with the head's statistics and no terms or notes yet. */
export function emptySearchIndex(meta: SearchMeta): SearchIndex {
  const fieldCount = Math.max(0, ...Object.values(meta.fieldIds)) + 1;
  const boostOf: number[] = [];
  for (const [name, id] of Object.entries(meta.fieldIds)) {
    boostOf[id] = (SEARCH_FIELDS as readonly string[]).includes(name) ? FIELD_BOOST[name as keyof typeof FIELD_BOOST] : 1;
  }
  const terms: TermIndex = {
    terms: new SearchableMap<number>(),
    postings: [],
    size: meta.size,
    documentCount: meta.documentCount,
    fieldCount,
    fieldLength: Float32Array.from({ length: meta.size * fieldCount }, (_, i) => meta.fieldLength[i] ?? 0),
    averageFieldLength: meta.averageFieldLength,
    stored: [],
    boostOf,
  };
  return { terms, bigrams: emptyBigramDocs(meta.size) };
}

/** Adds a shard's terms (a term already present is left as it is). */
export function addTerms({ terms: index, bigrams }: SearchIndex, shard: readonly PackedTerm[]): void {
  for (const packed of shard) {
    const term = packed[0];
    if (typeof term !== 'string' || index.terms.has(term)) continue;
    const perField = decodeTerm(packed).map((postings) => ({ ...postings, boost: index.boostOf[postings.field] ?? 1 }));
    index.terms.set(term, index.postings.length);
    index.postings.push(perField);
    addBigram(bigrams, term, perField);
  }
}

/** Adds a group of stored notes, the first of which has short id `first`. */
export function addStored({ terms: index }: SearchIndex, first: number, notes: readonly (StoredNote | null)[]): void {
  notes.forEach((note, n) => {
    if (note) index.stored[first + n] = note;
  });
}

/** Whether note `doc` holds the term numbered `term` in any field. */
export function holds(index: TermIndex, term: number, doc: number): boolean {
  return (index.postings[term] ?? []).some(({ docs }) => {
    let low = 0;
    let high = docs.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const id = docs[middle]!;
      if (id === doc) return true;
      if (id < doc) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  });
}

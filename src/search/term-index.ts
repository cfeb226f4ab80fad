/**
 * The search index as the browser queries it: each term's postings as typed arrays per field, and each
 * note's field lengths in one flat array. Scoring reads these directly (rank-notes.ts) instead of
 * minisearch's maps of maps, so a query over thousands of matching notes allocates almost nothing.
 */
import type { AsPlainObject } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
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
  /** Each term's number, the index of its postings. */
  terms: SearchableMap<number>;
  postings: FieldPostings[][];
  /** Short ids run from 0 to `size - 1`. */
  size: number;
  documentCount: number;
  fieldCount: number;
  /** Terms of field `f` in note `d` at `d * fieldCount + f`. */
  fieldLength: Float32Array;
  averageFieldLength: number[];
  /** What results show of each note, by short id. */
  stored: (StoredNote | undefined)[];
}

/** Reads minisearch's plain index into the typed form. */
export function termIndexOf(plain: AsPlainObject): TermIndex {
  const fieldCount = Math.max(0, ...Object.values(plain.fieldIds)) + 1;
  const boostOf: number[] = [];
  for (const [name, id] of Object.entries(plain.fieldIds)) {
    boostOf[id] = (SEARCH_FIELDS as readonly string[]).includes(name) ? FIELD_BOOST[name as keyof typeof FIELD_BOOST] : 1;
  }
  const size = plain.nextId;
  const terms = new SearchableMap<number>();
  const postings: FieldPostings[][] = [];
  for (const [term, fields] of plain.index) {
    const perField: FieldPostings[] = [];
    for (const [fieldId, docs] of Object.entries(fields)) {
      const ids = Object.keys(docs).map(Number).sort((a, b) => a - b);
      perField.push({
        field: Number(fieldId),
        boost: boostOf[Number(fieldId)] ?? 1,
        docs: Int32Array.from(ids),
        frequencies: Uint16Array.from(ids, (id) => (docs as Record<string, number>)[id] ?? 1),
      });
    }
    terms.set(term, postings.length);
    postings.push(perField);
  }
  const fieldLength = new Float32Array(size * fieldCount);
  for (const [id, lengths] of Object.entries(plain.fieldLength)) {
    lengths.forEach((length, field) => (fieldLength[Number(id) * fieldCount + field] = length));
  }
  const stored: (StoredNote | undefined)[] = [];
  for (const [id, fields] of Object.entries(plain.storedFields)) stored[Number(id)] = fields as unknown as StoredNote;
  return {
    terms,
    postings,
    size,
    documentCount: plain.documentCount,
    fieldCount,
    fieldLength,
    averageFieldLength: plain.averageFieldLength,
    stored,
  };
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

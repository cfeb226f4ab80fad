/**
 * Indexes search documents the way minisearch's `add` does (the same options: tokenizer, term processing,
 * field ids, field lengths and their running averages, stored fields), straight into the packed terms the
 * build writes (packed-index.ts). minisearch keeps a term's postings as a map of fields to maps of notes, and
 * its `toJSON` copies all of it again as objects before a term could be packed: at 5,000 notes the search
 * worker's heap grew by ~130 MB indexing, at the build's peak. Here a term's postings are one flat array of
 * numbers, appended as the documents are read in order.
 */
import MiniSearch, { type Options } from 'minisearch';
import type { PackedPosting, PackedTerm } from './packed-index.ts';
import type { SearchDocument, StoredNote } from './search-options.ts';

/** The index of a set of documents: what minisearch's serialised form holds, with its terms packed. */
export interface PostingLists {
  documentCount: number;
  /** Short ids run from 0 to `nextId - 1`, in the order the documents were added. */
  nextId: number;
  fieldIds: Record<string, number>;
  /** Each document's number of distinct terms per field, at `shortId * fieldCount + fieldId` (0 for a missing field). */
  fieldLength: number[];
  /** Per field id, as minisearch averages it (documents without the field count in the divisor only after it). */
  averageFieldLength: number[];
  /** The stored fields of each document, by short id. */
  storedFields: StoredNote[];
  /** Every term with its postings per field, sorted by term. */
  terms: PackedTerm[];
}

/** A term's postings as added: `fieldId, shortId, frequency` for each field and document holding it, in that order. */
type Triples = number[];

/** Indexes `documents` in order with minisearch's `options` (those that shape an index); a repeated id is skipped. */
export function postingLists(documents: readonly SearchDocument[], options: Options<SearchDocument>): PostingLists {
  const idField = options.idField ?? 'id';
  const extractField = options.extractField ?? (MiniSearch.getDefault('extractField') as NonNullable<Options['extractField']>);
  const stringifyField = options.stringifyField ?? (MiniSearch.getDefault('stringifyField') as NonNullable<Options['stringifyField']>);
  const tokenize = options.tokenize ?? (MiniSearch.getDefault('tokenize') as NonNullable<Options['tokenize']>);
  const processTerm = options.processTerm ?? (MiniSearch.getDefault('processTerm') as NonNullable<Options['processTerm']>);
  const fields = options.fields;
  const fieldIds = Object.fromEntries(fields.map((field, id) => [field, id]));
  const fieldCount = fields.length;
  const postings = new Map<string, Triples>();
  const fieldLength: number[] = [];
  const averageFieldLength: number[] = [];
  const storedFields: StoredNote[] = [];
  const seen = new Set<unknown>();

  const addTerm = (term: string, fieldId: number, shortId: number) => {
    const triples = postings.get(term);
    if (!triples) postings.set(term, [fieldId, shortId, 1]);
    // Documents and their fields come in order, so a repeat of the term in this field of this document is the last entry.
    else if (triples[triples.length - 3] === fieldId && triples[triples.length - 2] === shortId) triples[triples.length - 1]! += 1;
    else triples.push(fieldId, shortId, 1);
  };

  for (const document of documents) {
    const id: unknown = extractField(document, idField);
    if (id == null || seen.has(id)) continue;
    seen.add(id);
    const shortId = storedFields.length;
    const stored: Record<string, unknown> = {};
    for (const name of options.storeFields ?? []) {
      const value: unknown = extractField(document, name);
      if (value !== undefined) stored[name] = value;
    }
    storedFields.push(stored as unknown as StoredNote);
    for (let fieldId = 0; fieldId < fieldCount; fieldId++) fieldLength.push(0);
    fields.forEach((field, fieldId) => {
      const value: unknown = extractField(document, field);
      if (value == null) return;
      const tokens = tokenize(stringifyField(value, field), field);
      const length = new Set(tokens).size;
      fieldLength[shortId * fieldCount + fieldId] = length;
      averageFieldLength[fieldId] = ((averageFieldLength[fieldId] || 0) * shortId + length) / (shortId + 1);
      for (const token of tokens) {
        const processed = processTerm(token, field);
        if (Array.isArray(processed)) processed.forEach((term) => addTerm(term, fieldId, shortId));
        else if (processed) addTerm(processed, fieldId, shortId);
      }
    });
  }

  const terms: PackedTerm[] = [];
  for (const [term, triples] of postings) terms.push(packTriples(term, triples, fieldCount));
  postings.clear();
  terms.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { documentCount: storedFields.length, nextId: storedFields.length, fieldIds, fieldLength, averageFieldLength, storedFields, terms };
}

/** One term's triples as a packed term: per field (ascending), its documents' ids delta-coded, a frequency of 1 left out. */
function packTriples(term: string, triples: Triples, fieldCount: number): PackedTerm {
  const packed: PackedTerm = [term];
  for (let field = 0; field < fieldCount; field++) {
    let previous = 0;
    let list: PackedPosting[] | null = null;
    for (let i = 0; i < triples.length; i += 3) {
      if (triples[i] !== field) continue;
      const shortId = triples[i + 1]!;
      const frequency = triples[i + 2]!;
      (list ??= []).push(frequency === 1 ? shortId - previous : [shortId - previous, frequency]);
      previous = shortId;
    }
    if (list) packed.push(field, list);
  }
  return packed;
}

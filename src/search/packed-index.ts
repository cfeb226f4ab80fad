/**
 * A terser wire format for minisearch's serialised index. Postings dominate the index, and minisearch
 * writes each as `{"4":{"122":2,"175":1}}`; here the same entry is `4,[[122,2],53]`: document ids
 * delta-coded and a term frequency of 1 left out. That cuts the quotes and digits a browser downloads.
 */
import type { AsPlainObject } from 'minisearch';

/** One document in a posting list: its id delta, or `[delta, frequency]` when the term recurs. */
type PackedPosting = number | [number, number];

/** A term with, per field, the documents containing it: `[term, fieldId, postings, fieldId, ...]`. */
export type PackedTerm = [string, ...(number | PackedPosting[])[]];

/** Minisearch's plain index with its term index in the packed form. */
export type PackedIndex = Omit<AsPlainObject, 'index'> & { index: PackedTerm[] };

/** Rewrites minisearch's serialised index into the packed form. */
export function packIndex(plain: AsPlainObject): PackedIndex {
  const index = plain.index.map(([term, fields]): PackedTerm => {
    const packed: PackedTerm = [term];
    for (const [fieldId, docs] of Object.entries(fields)) {
      const ids = Object.keys(docs)
        .map(Number)
        .sort((a, b) => a - b);
      let previous = 0;
      const postings = ids.map((id): PackedPosting => {
        const delta = id - previous;
        previous = id;
        const frequency = (docs as Record<string, number>)[id] ?? 1;
        return frequency === 1 ? delta : [delta, frequency];
      });
      packed.push(Number(fieldId), postings);
    }
    return packed;
  });
  return { ...plain, index };
}

/** Restores minisearch's serialised index from the packed form; malformed entries are skipped. */
export function unpackIndex(packed: PackedIndex): AsPlainObject {
  const index = packed.index.map(([term, ...rest]): AsPlainObject['index'][number] => {
    const fields: Record<string, Record<string, number>> = {};
    for (let i = 0; i + 1 < rest.length; i += 2) {
      const fieldId = rest[i];
      const postings = rest[i + 1];
      if (typeof fieldId !== 'number' || !Array.isArray(postings)) continue;
      const docs: Record<string, number> = {};
      let id = 0;
      for (const posting of postings) {
        const [delta, frequency] = typeof posting === 'number' ? [posting, 1] : posting;
        id += delta;
        docs[id] = frequency;
      }
      fields[fieldId] = docs;
    }
    return [term, fields];
  });
  return { ...packed, index };
}

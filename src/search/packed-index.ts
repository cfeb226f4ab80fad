/**
 * A terser wire format for minisearch's serialised index. Postings dominate the index, and minisearch
 * writes each as `{"4":{"122":2,"175":1}}`; here the same entry is `4,[[122,2],53]`: document ids
 * delta-coded and a term frequency of 1 left out. That cuts the quotes and digits a browser downloads.
 */
/** One document in a posting list: its id delta, or `[delta, frequency]` when the term recurs. */
export type PackedPosting = number | [number, number];

/** A term with, per field, the documents containing it: `[term, fieldId, postings, fieldId, ...]`. */
export type PackedTerm = [string, ...(number | PackedPosting[])[]];

/** One field's postings of a term, decoded: ascending document ids and how often each holds the term. */
export interface DecodedPostings {
  field: number;
  docs: Int32Array;
  frequencies: Uint16Array;
}

/** Decodes one packed term's postings per field; malformed pairs are skipped. */
export function decodeTerm([, ...rest]: PackedTerm): DecodedPostings[] {
  const fields: DecodedPostings[] = [];
  for (let i = 0; i + 1 < rest.length; i += 2) {
    const field = rest[i];
    const postings = rest[i + 1];
    if (typeof field !== 'number' || !Array.isArray(postings)) continue;
    const docs = new Int32Array(postings.length);
    const frequencies = new Uint16Array(postings.length);
    let id = 0;
    postings.forEach((posting, n) => {
      const [delta, frequency] = typeof posting === 'number' ? [posting, 1] : posting;
      id += delta;
      docs[n] = id;
      frequencies[n] = frequency;
    });
    fields.push({ field, docs, frequencies });
  }
  return fields;
}

/**
 * Which notes hold each Hangul bigram, as bit sets over minisearch's short document ids. A query word
 * matches a note only through sets of bigrams the note holds all of (see hangul-variants.ts), so these
 * bits say which notes a query can match before minisearch scores anything: the query then scores those
 * notes only, instead of every note that holds some common bigram.
 */
/** A set of short document ids, one bit each. */
export type DocSet = Uint32Array;

/** The bit sets of every two-syllable Hangul term of an index, and the size they all share. */
export interface BigramDocs {
  sets: Map<string, DocSet>;
  words: number;
}

const BIGRAM = /^[\uAC00-\uD7A3]{2}$/;

/** Bit sets over `size` notes, none yet. */
export function emptyBigramDocs(size: number): BigramDocs {
  return { sets: new Map(), words: Math.ceil(Math.max(1, size) / 32) };
}

/** Records which notes hold `term` (in any field) when it is a Hangul bigram; other terms are ignored. */
export function addBigram(docs: BigramDocs, term: string, fields: readonly { docs: ArrayLike<number> }[]): void {
  if (!BIGRAM.test(term)) return;
  const set = new Uint32Array(docs.words);
  for (const field of fields) {
    for (let i = 0; i < field.docs.length; i += 1) {
      const id = field.docs[i]!;
      set[id >>> 5]! |= 1 << (id & 31);
    }
  }
  docs.sets.set(term, set);
}

/** The notes holding every term of `terms` (none when a term is in no note). */
export function allOf(docs: BigramDocs, terms: readonly string[]): DocSet {
  const out = new Uint32Array(docs.words);
  const first = docs.sets.get(terms[0] ?? '');
  if (!first) return out;
  out.set(first);
  for (const term of terms.slice(1)) {
    const set = docs.sets.get(term);
    if (!set) return out.fill(0);
    for (let i = 0; i < out.length; i += 1) out[i]! &= set[i]!;
  }
  return out;
}

/** Combines sets in place into the first: every bit of any (`'OR'`) or the bits of all (`'AND'`). */
export function combine(sets: readonly DocSet[], combineWith: 'AND' | 'OR', words: number): DocSet {
  const out = new Uint32Array(words);
  if (sets.length === 0) return out;
  out.set(sets[0]!);
  for (const set of sets.slice(1)) {
    for (let i = 0; i < out.length; i += 1) out[i] = combineWith === 'AND' ? out[i]! & set[i]! : out[i]! | set[i]!;
  }
  return out;
}

/** The short ids in a set. */
export function idsOf(set: DocSet): number[] {
  const ids: number[] = [];
  set.forEach((word, i) => {
    for (let bit = 0; word !== 0 && bit < 32; bit += 1) {
      if (word & (1 << bit)) ids.push(i * 32 + bit);
    }
  });
  return ids;
}

/** A set holding the given short ids. */
export function setOf(ids: Iterable<number>, words: number): DocSet {
  const set = new Uint32Array(words);
  for (const id of ids) set[id >>> 5]! |= 1 << (id & 31);
  return set;
}

/**
 * Which notes hold each Hangul bigram, as bit sets over minisearch's short document ids. A query word
 * matches a note only through sets of bigrams the note holds all of (see hangul-variants.ts), so these
 * bits say which notes a query can match before minisearch scores anything: the query then scores those
 * notes only, instead of every note that holds some common bigram.
 */
import type { AsPlainObject } from 'minisearch';

/** A set of short document ids, one bit each. */
export type DocSet = Uint32Array;

/** The bit sets of every two-syllable Hangul term of an index, and the size they all share. */
export interface BigramDocs {
  sets: Map<string, DocSet>;
  words: number;
}

const BIGRAM = /^[\uAC00-\uD7A3]{2}$/;

/** Reads the bit set of each Hangul bigram term (in any field) out of minisearch's plain index. */
export function bigramDocs(plain: Pick<AsPlainObject, 'index' | 'nextId'>): BigramDocs {
  const words = Math.ceil(Math.max(1, plain.nextId) / 32);
  const sets = new Map<string, DocSet>();
  for (const [term, fields] of plain.index) {
    if (!BIGRAM.test(term)) continue;
    const set = new Uint32Array(words);
    for (const docs of Object.values(fields)) {
      for (const id of Object.keys(docs)) set[Number(id) >>> 5]! |= 1 << (Number(id) & 31);
    }
    sets.set(term, set);
  }
  return { sets, words };
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

/**
 * Ranks the notes for a query by minisearch's own BM25+ scoring (same field boosts, prefix and fuzzy
 * weights, and "score × distinct query terms matched"), but over typed arrays, one score per note,
 * and sorting only the notes that match. minisearch built a result object with a match map for every
 * note a common word touches, then sorted them all; at 5,000 notes that was most of a slow query's time.
 */
import type { BigramDocs, DocSet } from './doc-sets';
import { hangulStems } from './hangul-variants';
import { fuzzyDistance, wordBigramSets } from './query';
import { bigramScopes } from './query-candidates';
import type { QueryUnit } from './tokenize';
import { holds, type TermIndex } from './term-index';

// minisearch's defaults, so ranking stays what the search test set was tuned on.
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** Below this many notes holding every word, notes holding some of the words follow them. */
const LOOSE_BELOW = 5;

/** One term of the query as typed (a leaf of the query): its look-ups and where it may count. */
interface Leaf {
  term: string;
  prefix: boolean;
  fuzzy: number;
  /** Notes the term may score in; a Hangul bigram counts only in notes matching its word. */
  only: DocSet | null;
}

/** A ranked note: its short id, and the Latin index terms it matched (for highlighting). */
export interface RankedNote {
  id: number;
  latinTerms: string[];
}

/** The terms a query unit looks up, and how (the Leaf without its scope): what a query must load. */
export function queryLeaves(unit: QueryUnit): Omit<Leaf, 'only'>[] {
  if (unit.kind === 'latin') return [{ term: unit.word, prefix: unit.word.length > 1, fuzzy: fuzzyDistance(unit.word) }];
  if (unit.run.length === 1) return [{ term: unit.run, prefix: true, fuzzy: 0 }];
  // A note matches the word when it holds every bigram of one of the word's bigram sets: "암호화" then
  // finds "암호화된" and "KMS암호화", which whole words never would; a note holding more of the word's
  // bigrams ranks higher. Whole-word prefixes add score where the word is written as typed (titles, tags).
  const grams = [...new Set(wordBigramSets(unit.run).flat())];
  return [
    ...grams.map((term) => ({ term, prefix: false, fuzzy: 0 })),
    ...hangulStems(unit.run).map((term) => ({ term, prefix: true, fuzzy: 0 })),
  ];
}

function leavesOf(unit: QueryUnit, byBigram: Map<string, DocSet>): Leaf[] {
  // Only a Hangul word's bigrams are scoped to the notes matching the word.
  const scoped = unit.kind === 'hangul' && unit.run.length > 1;
  return queryLeaves(unit).map((leaf) => ({ ...leaf, only: scoped && !leaf.prefix ? (byBigram.get(leaf.term) ?? null) : null }));
}

/** Each index term a leaf stands for, with its weight: the term itself, longer terms it starts, near misses. */
function expand(index: TermIndex, leaf: Leaf): [number, number, string][] {
  const found: [number, number, string][] = [];
  const exact = index.terms.get(leaf.term);
  if (exact !== undefined) found.push([exact, 1, leaf.term]);
  const prefixed = new Set<string>();
  if (leaf.prefix) {
    for (const [term, no] of index.terms.atPrefix(leaf.term)) {
      const distance = term.length - leaf.term.length;
      if (distance === 0) continue;
      prefixed.add(term);
      found.push([no, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance), term]);
    }
  }
  if (leaf.fuzzy > 0) {
    for (const [term, [no, distance]] of index.terms.fuzzyGet(leaf.term, leaf.fuzzy)) {
      if (distance === 0 || prefixed.has(term)) continue;
      found.push([no, (FUZZY_WEIGHT * term.length) / (term.length + distance), term]);
    }
  }
  return found;
}

/** The notes matching a query's words, best first, at most `limit` (see search-notes.ts for the rules). */
export function rankNotes(index: TermIndex, bigrams: BigramDocs, units: readonly QueryUnit[], limit: number): RankedNote[] {
  if (units.length === 0 || limit <= 0) return [];
  const byBigram = bigramScopes(bigrams, units);
  const size = index.size;
  const score = new Float64Array(size);
  // Which units each note matched (one byte per unit) and which distinct query terms (bits), for quality.
  const unitHits = new Uint8Array(size * units.length);
  const bitOf = new Map<string, number>();
  const leaves = units.map((unit) => leavesOf(unit, byBigram));
  for (const leaf of leaves.flat()) if (!bitOf.has(leaf.term)) bitOf.set(leaf.term, bitOf.size);
  const words = Math.ceil(bitOf.size / 32);
  const termBits = new Uint32Array(size * words);
  const latin: [number, string][] = [];
  leaves.forEach((unitLeaves, u) => {
    for (const leaf of unitLeaves) {
      const bit = bitOf.get(leaf.term)!;
      for (const [no, weight, term] of expand(index, leaf)) {
        if (units[u]!.kind === 'latin') latin.push([no, term]);
        for (const { field, boost, docs, frequencies } of index.postings[no] ?? []) {
          const average = index.averageFieldLength[field] ?? 1;
          const idf = Math.log(1 + (index.documentCount - docs.length + 0.5) / (docs.length + 0.5));
          for (let i = 0; i < docs.length; i += 1) {
            const doc = docs[i]!;
            if (leaf.only && (leaf.only[doc >>> 5]! & (1 << (doc & 31))) === 0) continue;
            const frequency = frequencies[i]!;
            const length = index.fieldLength[doc * index.fieldCount + field]!;
            const norm = frequency + BM25.k * (1 - BM25.b + (BM25.b * length) / average);
            score[doc]! += weight * boost * idf * (BM25.d + (frequency * (BM25.k + 1)) / norm);
            unitHits[doc * units.length + u] = 1;
            termBits[doc * words + (bit >>> 5)]! |= 1 << (bit & 31);
          }
        }
      }
    }
  });
  const strict: number[] = [];
  const loose: number[] = [];
  for (let doc = 0; doc < size; doc += 1) {
    if (score[doc] === 0) continue;
    let matched = 0;
    for (let u = 0; u < units.length; u += 1) matched += unitHits[doc * units.length + u]!;
    if (matched === units.length) strict.push(doc);
    else if (matched > 0) loose.push(doc);
    let terms = 0;
    for (let w = 0; w < words; w += 1) terms += bitCount(termBits[doc * words + w]!);
    score[doc] = score[doc]! * Math.max(1, terms);
  }
  const best = (ids: number[], count: number) => topOf(ids, score, count);
  const ranked = best(strict, limit);
  if (strict.length < LOOSE_BELOW && units.length >= 2) ranked.push(...best(loose, limit - ranked.length));
  return ranked.map((id) => ({ id, latinTerms: [...new Set(latin.filter(([no]) => holds(index, no, id)).map(([, term]) => term))] }));
}

/** The `count` best ids by score (ties by id), sorting only them: a bounded selection, not a full sort. */
function topOf(ids: number[], score: Float64Array, count: number): number[] {
  const better = (a: number, b: number) => score[b]! - score[a]! || a - b;
  if (ids.length <= count * 4 || !Number.isFinite(count)) return ids.sort(better).slice(0, count);
  const kept: number[] = [];
  for (const id of ids) {
    if (kept.length === count && better(id, kept[count - 1]!) >= 0) continue;
    let at = kept.length === count ? count - 1 : kept.length;
    while (at > 0 && better(id, kept[at - 1]!) < 0) {
      kept[at] = kept[at - 1]!;
      at -= 1;
    }
    kept[at] = id;
    if (kept.length > count) kept.length = count;
  }
  return kept;
}

function bitCount(word: number): number {
  let n = word - ((word >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

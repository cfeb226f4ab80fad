/**
 * A small seeded random source, so the same seed always writes the same vault
 * (Math.random cannot be seeded, and a benchmark must be reproducible).
 */
import { createRandom as createGenerator, hashSeed as hashText, shuffleWith } from '../../quiz/random';

/** Draws numbers, picks and samples from one deterministic stream. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** k distinct elements in random order (all of them when k exceeds the length). */
  sample<T>(items: readonly T[], k: number): T[];
  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[];
}

/** Hashes a seed text to 32 bits (FNV-1a), so "--seed demo" and "--seed 42" both work. */
export function hashSeed(seed: string): number {
  return hashText(seed);
}

/** Creates a random source from a seed, on the quiz engine's mulberry32 generator and shuffle. */
export function createRandom(seed: string): Random {
  const next = createGenerator(hashSeed(seed));
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const shuffle = <T>(items: readonly T[]): T[] => shuffleWith(items, next);
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[int(0, items.length - 1)] as T;
    },
    sample: (items, k) => shuffle(items).slice(0, Math.max(0, k)),
    shuffle,
  };
}

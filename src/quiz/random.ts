/**
 * A small seeded pseudo-random generator, so that a session rebuilt from its seed asks the same
 * questions in the same order with the same option order (a reload restores exactly what was shown).
 */

/** A source of numbers in [0, 1), deterministic for a given seed. */
export type Random = () => number;

/** Creates a mulberry32 generator: tiny, fast and good enough for shuffling quiz questions. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns a new array with the items in a seeded Fisher–Yates order; the input is left untouched. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  return shuffleWith(items, createRandom(seed));
}

/** Shuffles with an existing generator, for callers that draw several shuffles from one seed. */
export function shuffleWith<T>(items: readonly T[], random: Random): T[] {
  const result = items.slice();
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const held = result[i] as T;
    result[i] = result[j] as T;
    result[j] = held;
  }
  return result;
}

/** Derives a 32-bit seed from a string (FNV-1a), e.g. to give each question its own option order. */
export function hashSeed(text: string, base = 0): number {
  let hash = (0x811c9dc5 ^ base) >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A fresh unpredictable seed for a new session (the only impure function here). */
export function freshSeed(): number {
  const cryptoApi = globalThis.crypto;
  if (cryptoApi?.getRandomValues) return cryptoApi.getRandomValues(new Uint32Array(1))[0] ?? 0;
  return Math.floor(Math.random() * 4294967296);
}

import fc from 'fast-check';
import { createRandom, hashSeed, shuffle } from './random';

describe('shuffle', () => {
  test('is a permutation of its input, for any items and seed', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const result = shuffle(items, seed);
        expect([...result].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  test('gives the same order for the same seed and leaves the input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.integer(), (items, seed) => {
        const copy = items.slice();
        expect(shuffle(items, seed)).toEqual(shuffle(items, seed));
        expect(items).toEqual(copy);
      }),
    );
  });

  test('different seeds give different orders of a long list', () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    const orders = new Set([1, 2, 3, 4, 5].map((seed) => shuffle(items, seed).join(',')));
    expect(orders.size).toBe(5);
  });

  test('every position is reachable: each of 4 items lands first for some seed', () => {
    const firsts = new Set(Array.from({ length: 200 }, (_, seed) => shuffle(['A', 'B', 'C', 'D'], seed)[0]));
    expect([...firsts].sort()).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('createRandom', () => {
  test('draws numbers in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const random = createRandom(seed);
        for (let i = 0; i < 20; i += 1) {
          const value = random();
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThan(1);
        }
      }),
    );
  });
});

describe('hashSeed', () => {
  test.each([
    ['q1', 0, 'q1', 0, true],
    ['q1', 0, 'q2', 0, false],
    ['q1', 0, 'q1', 1, false],
  ])('hashSeed(%s, %i) equals hashSeed(%s, %i): %s', (a, baseA, b, baseB, same) => {
    expect(hashSeed(a, baseA) === hashSeed(b, baseB)).toBe(same);
  });
});

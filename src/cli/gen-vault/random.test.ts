import { createRandom, hashSeed } from './random';

const draw = (seed: string, n: number): number[] => {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => random.next());
};

describe('createRandom', () => {
  test('the same seed gives the same stream', () => {
    expect(draw('demo', 50)).toEqual(draw('demo', 50));
  });

  test.each([['demo', 'demo2'], ['1', '2'], ['', ' ']])('seeds %j and %j give different streams', (a, b) => {
    expect(draw(a, 10)).not.toEqual(draw(b, 10));
  });

  test('next stays in [0, 1) and int stays within its inclusive bounds', () => {
    const random = createRandom('bounds');
    const ints = new Set<number>();
    for (let i = 0; i < 2000; i += 1) {
      const x = random.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      ints.add(random.int(3, 6));
    }
    expect([...ints].sort()).toEqual([3, 4, 5, 6]);
  });

  test('sample returns distinct elements and shuffle a permutation', () => {
    const random = createRandom('sample');
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    const sample = random.sample(items, 4);
    expect(new Set(sample).size).toBe(4);
    expect(random.sample(items, 10)).toHaveLength(6);
    expect([...random.shuffle(items)].sort()).toEqual(items);
  });

  test('hashSeed is stable for a known input', () => {
    // FNV-1a of the empty string is its offset basis.
    expect(hashSeed('')).toBe(0x811c9dc5);
    expect(hashSeed('a')).toBe(0xe40c292c);
  });
});

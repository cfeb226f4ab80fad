import { prerenderShares, prerenderThreads } from './prerender-shares';

describe('prerenderThreads', () => {
  test('is one per core, at most four, unless EXAMFLOW_PRERENDER_THREADS says', () => {
    expect(prerenderThreads(undefined, 2)).toBe(2);
    expect(prerenderThreads(undefined, 16)).toBe(4);
    expect(prerenderThreads(undefined, 1)).toBe(1);
    expect(prerenderThreads('', 2)).toBe(2);
    expect(prerenderThreads('1', 8)).toBe(1);
    expect(prerenderThreads('3', 2)).toBe(3);
  });

  test.each(['0', '-2', '1.5', 'two'])('ignores the setting %s', (setting) => {
    expect(prerenderThreads(setting, 2)).toBe(2);
  });
});

describe('prerenderShares', () => {
  const notes = Array.from({ length: 9 }, (_, i) => `/notes/n${i}`);
  const site = ['/', '/notes', ...notes, '/practice/n0', '/practice/n3', '/tags', '/tags/service', '/tags/service/kms', '/practice', '/exam'];

  test('gives every path to exactly one share', () => {
    const shares = prerenderShares(site, 3);
    expect(shares.flat().sort()).toEqual([...site].sort());
  });

  test('gives React Router\'s share the first path of every kind and nothing else (a route with a loader must be reached by its paths)', () => {
    const [first = []] = prerenderShares(site, 4);
    expect(first).toEqual(['/', '/notes', '/notes/n0', '/practice/n0', '/tags', '/tags/service', '/tags/service/kms', '/practice', '/exam']);
  });

  test('deals the other paths to the workers in turn', () => {
    expect(prerenderShares(notes, 2)).toEqual([
      ['/notes/n0'],
      ['/notes/n1', '/notes/n3', '/notes/n5', '/notes/n7'],
      ['/notes/n2', '/notes/n4', '/notes/n6', '/notes/n8'],
    ]);
    const many = Array.from({ length: 7001 }, (_, i) => `/notes/n${i}`);
    const [main = [], ...workers] = prerenderShares(many, 4);
    expect(main).toHaveLength(1);
    expect(workers.map((share) => share.length)).toEqual([1750, 1750, 1750, 1750]);
  });

  test('one thread keeps every path, in order, for React Router', () => {
    expect(prerenderShares(site, 1)).toEqual([site]);
  });

  test('starts no worker without a path', () => {
    expect(prerenderShares(['/'], 4)).toEqual([['/']]);
    expect(prerenderShares(['/notes/a', '/notes/b'], 4)).toEqual([['/notes/a'], ['/notes/b']]);
  });
});

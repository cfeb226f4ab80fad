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

  test('gives the first share, React Router\'s, a path of every kind (a route with a loader must be reached by its paths)', () => {
    const [first = []] = prerenderShares(site, 4);
    for (const kind of ['/', '/notes', '/notes/n0', '/practice/n0', '/tags', '/tags/service', '/tags/service/kms', '/practice', '/exam']) {
      expect(first).toContain(kind);
    }
  });

  test('deals the paths of one kind in turn, so the shares are nearly equal', () => {
    const shares = prerenderShares(notes, 2);
    expect(shares).toEqual([
      ['/notes/n0', '/notes/n2', '/notes/n4', '/notes/n6', '/notes/n8'],
      ['/notes/n1', '/notes/n3', '/notes/n5', '/notes/n7'],
    ]);
  });

  test('one thread keeps every path, in order, for React Router', () => {
    expect(prerenderShares(site, 1)).toEqual([site]);
  });

  test('never makes more shares than paths', () => {
    expect(prerenderShares(['/'], 4)).toEqual([['/']]);
  });
});

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

  test('deals the paths of one kind in turn when the threads are equal', () => {
    const shares = prerenderShares(notes, 2, 1);
    expect(shares).toEqual([
      ['/notes/n0', '/notes/n2', '/notes/n4', '/notes/n6', '/notes/n8'],
      ['/notes/n1', '/notes/n3', '/notes/n5', '/notes/n7'],
    ]);
  });

  test('gives React Router\'s thread, which is slower per page, its weight\'s part of the pages', () => {
    const many = Array.from({ length: 7000 }, (_, i) => `/notes/n${i}`);
    const [main = [], ...workers] = prerenderShares(many, 3, 0.75);
    // 7,000 pages over weights 0.75 + 1 + 1: 1,909 for React Router's thread, 2,545 or 2,546 for each worker.
    expect(Math.abs(main.length - 1909)).toBeLessThanOrEqual(1);
    for (const share of workers) expect(Math.abs(share.length - 2545.5)).toBeLessThanOrEqual(1);
  });

  test('one thread keeps every path, in order, for React Router', () => {
    expect(prerenderShares(site, 1)).toEqual([site]);
  });

  test('never makes more shares than paths', () => {
    expect(prerenderShares(['/'], 4)).toEqual([['/']]);
  });
});

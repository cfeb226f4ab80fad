import { emptyVaultMessage, prerenderPaths, STAND_IN_TAG, standInFiles } from './prerender-paths';
import { sitePaths } from './site-paths';

// React Router (ssr: false) refuses a route with a loader that no pre-rendered path reaches: the note route
// (/notes/<slug>) and the tag route (/tags/<tag>) must each be reached, whatever the vault holds.
const reachesLoaderRoutes = (paths: string[]) => ({
  note: paths.some((p) => p.startsWith('/notes/')),
  tag: paths.some((p) => p.startsWith('/tags/')),
});

describe('prerenderPaths', () => {
  test.each([
    ['notes with tags: the pages as they are', [{ slug: 'a', tags: ['service/kms'] }], false],
    ['notes without a single tag: one stand-in tag page', [{ slug: 'a', tags: [] }, { slug: 'b', tags: [] }], true],
  ])('%s', (_name, notes, standIn) => {
    const pages = sitePaths(notes);
    const paths = prerenderPaths(pages);
    expect(reachesLoaderRoutes(paths)).toEqual({ note: true, tag: true });
    expect(paths.includes(`/tags/${STAND_IN_TAG}`)).toBe(standIn);
    expect(paths.filter((p) => !p.includes(STAND_IN_TAG))).toEqual(pages);
  });

  test('the stand-in files are its page folder and its data, as React Router names them', () => {
    expect(standInFiles()).toEqual([`tags/${STAND_IN_TAG}`, `tags/${STAND_IN_TAG}.data`]);
  });

  test('an empty vault is named with what to do', () => {
    expect(emptyVaultMessage('/vaults/new')).toMatch(/^examflow: \/vaults\/new holds no note .*EXAMFLOW_CONTENT/);
  });
});

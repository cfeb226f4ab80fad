import { emptyVaultMessage, prerenderPaths, STAND_IN, standInFiles } from './prerender-paths';
import { sitePaths } from './site-paths';

// React Router (ssr: false) refuses a route with a loader that no pre-rendered path reaches: the note route
// (/notes/<slug>), the tag route (/tags/<tag>) and a note's practice (/practice/<slug>) must each be reached,
// whatever the vault holds.
const reachesLoaderRoutes = (paths: string[]) => ({
  note: paths.some((p) => p.startsWith('/notes/')),
  tag: paths.some((p) => p.startsWith('/tags/')),
  practice: paths.some((p) => p.startsWith('/practice/')),
});

describe('prerenderPaths', () => {
  test.each([
    ['notes with tags and questions: the pages as they are', [{ slug: 'a', tags: ['service/kms'], questionCount: 1 }], []],
    ['notes without a single tag: one stand-in tag page', [{ slug: 'a', tags: [], questionCount: 1 }, { slug: 'b', tags: [], questionCount: 0 }], ['/tags/']],
    ['notes without a single question: one stand-in practice page', [{ slug: 'a', tags: ['x'], questionCount: 0 }], ['/practice/']],
    ['neither: both stand-ins', [{ slug: 'a', tags: [], questionCount: 0 }], ['/tags/', '/practice/']],
  ])('%s', (_name, notes, standIns) => {
    const pages = sitePaths(notes);
    const paths = prerenderPaths(pages);
    expect(reachesLoaderRoutes(paths)).toEqual({ note: true, tag: true, practice: true });
    expect(paths.filter((p) => p.includes(STAND_IN))).toEqual(standIns.map((route) => `${route}${STAND_IN}`));
    expect(paths.filter((p) => !p.includes(STAND_IN))).toEqual(pages);
  });

  test('the stand-in files are each page folder and its data, as React Router names them', () => {
    expect(standInFiles()).toEqual([`tags/${STAND_IN}`, `tags/${STAND_IN}.data`, `practice/${STAND_IN}`, `practice/${STAND_IN}.data`]);
  });

  test('an empty vault is named with what to do', () => {
    expect(emptyVaultMessage('/vaults/new')).toMatch(/^examflow: \/vaults\/new holds no note .*EXAMFLOW_CONTENT/);
  });
});

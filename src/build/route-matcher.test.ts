import { matchRoutes, type RouteObject } from 'react-router';
import { pathShape, routeMatcher, staticSegments } from './route-matcher';

/** The app's route tree as the pre-render builds it (a layout, pages, a catch-all). */
const TREE: RouteObject[] = [{
  id: 'root',
  path: '',
  children: [
    { id: 'home', index: true },
    { id: 'notes', path: 'notes' },
    { id: 'note', path: 'notes/:slug' },
    { id: 'tag', path: 'tags/*' },
    { id: 'results', path: 'exam/results/:id' },
    { id: 'maybe', path: 'lang/:lang?/about' },
    { id: 'feed', path: 'feed.xml' },
    { id: 'missing', path: '*' },
  ],
}];

const direct = (pagePath: string) => matchRoutes(TREE, pagePath)?.map((match) => match.route.id ?? '') ?? null;

describe('routeMatcher', () => {
  const PATHS = [
    '/', '/notes/', '/notes/a/', '/notes/b/', '/NOTES/c/', '/notes/not%65s/', '/notes/a/b/', '/tags/x/', '/tags/x/y/z/',
    '/exam/results/1/', '/exam/results/', '/lang/en/about/', '/lang/about/', '/feed.xml', '/feed.xml/', '/other/',
    '/not%65s/a/', '/notes/%E3%81%82/', '/notes/bad%zz/', '/notes', '/exam/',
  ];

  test('reaches the routes React Router\'s matchRoutes reaches, for every path, in any order asked', () => {
    const match = routeMatcher(TREE);
    for (const pagePath of [...PATHS, ...[...PATHS].reverse()]) expect(match(pagePath), pagePath).toEqual(direct(pagePath));
  });

  test('a static segment decides the route whatever the neighbouring paths were', () => {
    const match = routeMatcher(TREE);
    expect(match('/notes/a/')).toEqual(['root', 'note']);
    expect(match('/notes/')).toEqual(['root', 'notes']);
    expect(match('/feed.xml')).toEqual(['root', 'feed']);
    expect(match('/x.xml')).toEqual(['root', 'missing']);
  });
});

describe('path shapes', () => {
  test('the static segments of every route path, lower-cased, without dynamic segments and splats', () => {
    expect([...staticSegments(TREE)].sort()).toEqual(['about', 'exam', 'feed.xml', 'lang', 'notes', 'results', 'tags']);
  });

  test('two notes share a shape; a static segment, in any case or percent-encoded, stays in it', () => {
    const statics = staticSegments(TREE);
    expect(pathShape('/notes/a/', statics)).toBe(pathShape('/notes/b/', statics));
    expect(pathShape('/NOTES/a/', statics)).toBe('/notes/:/');
    expect(pathShape('/notes/not%65s/', statics)).toBe('/notes/notes/');
    expect(pathShape('/notes/a', statics)).not.toBe(pathShape('/notes/a/', statics));
  });
});

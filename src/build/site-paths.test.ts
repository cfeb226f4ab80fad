import { sitePaths, tagPaths } from './site-paths';

describe('tagPaths', () => {
  test.each([
    ['nested tags add their parents', [['service/kms']], ['service', 'service/kms']],
    ['the first spelling wins, case-insensitively', [['Service'], ['service/s3']], ['Service', 'Service/s3']],
    ['hashes and blank segments are cleaned', [['#a//b ']], ['a', 'a/b']],
    ['Korean tags stay as written', [['서비스/보안']], ['서비스', '서비스/보안']],
    ['no tags, no paths', [[]], []],
  ])('%s', (_name, tags, expected) => {
    expect(tagPaths(tags.map((t) => ({ tags: t })))).toEqual(expected);
  });
});

test('sitePaths lists home, the lists, each note, the practice of each note with questions and each tag, then the shells', () => {
  expect(sitePaths([{ slug: 'a', tags: ['x'], questionCount: 2 }, { slug: 'b', tags: [], questionCount: 0 }])).toEqual([
    '/', '/notes', '/notes/a', '/notes/b', '/practice/a', '/tags', '/tags/x', '/practice', '/exam', '/review', '/progress', '/settings',
  ]);
});

test.each([
  ['a dot-only tag is its own page, never the folder above', ['..', '../../settings'], ['/tags/~.~.', '/tags/~.~./~.~.', '/tags/~.~./~.~./settings']],
  ['a literal % and ~ are escaped as the links escape them', ['a%2Fb~c'], ['/tags/a~p2Fb~~c']],
  ['a level too long for a folder name is left to the shell', ['가'.repeat(100), 'x'.repeat(255)], ['/tags/' + 'x'.repeat(255)]],
])('sitePaths: %s', (_name, tags, expected) => {
  const paths = sitePaths([{ slug: 'n', tags, questionCount: 0 }]).filter((p) => p.startsWith('/tags/'));
  expect(paths).toEqual(expected);
});

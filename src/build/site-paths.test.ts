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

test('sitePaths lists home, the lists, each note and tag, then the shells', () => {
  expect(sitePaths([{ slug: 'a', tags: ['x'] }, { slug: 'b', tags: [] }])).toEqual([
    '/', '/notes', '/notes/a', '/notes/b', '/tags', '/tags/x', '/practice', '/exam', '/review', '/progress', '/settings',
  ]);
});

import { canonicalUrl } from './page-meta';

describe('canonicalUrl', () => {
  test.each([
    ['no site: no canonical link', '/notes/x', '', '/', null],
    ['site at the root', '/notes/x', 'https://example.com', '/', 'https://example.com/notes/x'],
    ['site with a trailing slash', '/', 'https://example.com/', '/', 'https://example.com/'],
    ['site under a base path', '/tags/a', 'https://example.com', '/examflow/', 'https://example.com/examflow/tags/a'],
  ])('%s', (_name, path, site, base, expected) => {
    expect(canonicalUrl(path, site, base)).toBe(expected);
  });
});

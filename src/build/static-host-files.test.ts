import { pageUrl, redirectsFile, robotsFile, sitemapFile } from './static-host-files';

test.each([
  ['/', '/* /__spa-fallback.html 200\n'],
  ['/examflow/', '/examflow/* /examflow/__spa-fallback.html 200\n'],
])('_redirects for base %s sends pages without a file to the shell', (base, expected) => {
  expect(redirectsFile(base)).toBe(expected);
});

test.each([
  ['https://x.dev/app', '/', 'https://x.dev/app/'],
  ['https://x.dev', '/notes/a b', 'https://x.dev/notes/a%20b'],
  ['https://x.dev', '/tags/서비스', 'https://x.dev/tags/%EC%84%9C%EB%B9%84%EC%8A%A4'],
])('pageUrl(%s, %s)', (root, path, expected) => {
  expect(pageUrl(root, path)).toBe(expected);
});

test('sitemap.xml escapes and lists every page; robots.txt points at it', () => {
  const xml = sitemapFile('https://x.dev', ['/', '/notes/a&b']);
  expect(xml).toContain('<loc>https://x.dev/</loc>');
  expect(xml).toContain('<loc>https://x.dev/notes/a&amp;b</loc>');
  expect(robotsFile('https://x.dev/app')).toBe('User-agent: *\nAllow: /\nSitemap: https://x.dev/app/sitemap.xml\n');
});

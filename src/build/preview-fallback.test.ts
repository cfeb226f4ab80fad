import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pageFile, pageRequestFile, SHELL_FILE } from './preview-fallback';

const dir = mkdtempSync(path.join(os.tmpdir(), 'examflow-preview-'));
for (const page of ['notes/a', 'tags/서비스', 'tags/~.~.']) {
  mkdirSync(path.join(dir, page), { recursive: true });
  writeFileSync(path.join(dir, page, 'index.html'), '');
}

test.each([
  ['a pre-rendered page', '/notes/a', 'notes/a/index.html'],
  ['a page requested encoded', `/tags/${encodeURIComponent('서비스')}`, 'tags/서비스/index.html'],
  ['a path with no page', '/notes/missing', SHELL_FILE],
  ['a path climbing out', '/../etc', SHELL_FILE],
])('%s', (_name, urlPath, expected) => {
  expect(pageFile(dir, urlPath)).toBe(expected);
});

test.each([
  ['a page', '/notes/a', 'notes/a/index.html'],
  ['a path with no page and no dot', '/notes/missing', SHELL_FILE],
  ['a page whose name ends in a dot (the tag "..")', '/tags/~.~.', 'tags/~.~./index.html'],
  ['a file', '/assets/app.js', undefined],
  ['a missing file', '/assets/gone.css', undefined],
])('a page request for %s is answered with its page, the shell, or left to Vite', (_name, urlPath, expected) => {
  expect(pageRequestFile(dir, urlPath)).toBe(expected);
});

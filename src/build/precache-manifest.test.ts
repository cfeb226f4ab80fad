import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isPrecached, precacheManifest, revisionOf } from './precache-manifest';

test.each([
  ['assets/index-abc123.js', true],
  ['assets/note-abc123.css', true],
  ['notes/kms.data', true],
  ['tags/서비스.data', true],
  ['manifest.webmanifest', true],
  ['favicon.svg', true],
  ['pwa-192x192.png', true],
  ['__spa-fallback.html', true],
  ['assets/search-head-Ab3_x-9.json', true],
  ['assets/search-shard-12-Ab3_x-9.json', true],
  ['.vite/manifest.json', false],
  ['data.json', false],
  ['index.html', false],
  ['notes/kms/index.html', false],
  ['sitemap.xml', false],
  ['_headers', false],
  ['sw.js', false],
])('isPrecached(%s) is %s', (file, expected) => {
  expect(isPrecached(file)).toBe(expected);
});

test('a hashed asset has no revision; any other file is revised by its bytes', () => {
  const bytes = new TextEncoder().encode('{"a":1}');
  expect(revisionOf('assets/x-abc.js', bytes)).toBeNull();
  expect(revisionOf('notes/a.data', bytes)).toMatch(/^[0-9a-f]{32}$/);
  expect(revisionOf('notes/a.data', bytes)).not.toBe(revisionOf('notes/a.data', new TextEncoder().encode('{"a":2}')));
});

test('the manifest lists the precached files of a site, sorted, without the excluded ones', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'examflow-precache-'));
  try {
    await mkdir(path.join(dir, 'assets'));
    await mkdir(path.join(dir, 'notes', 'b'), { recursive: true });
    const files = ['assets/mermaid-1.js', 'assets/app-1.js', 'notes/b.data', 'notes/b/index.html', '__spa-fallback.html', 'index.html', 'sw.js'];
    for (const file of files) await writeFile(path.join(dir, file), file);
    const entries = await precacheManifest(dir, new Set(['assets/mermaid-1.js']));
    expect(entries.map((entry) => entry.url)).toEqual(['__spa-fallback.html', 'assets/app-1.js', 'notes/b.data']);
    expect(entries[1]?.revision).toBeNull();
    expect(entries[2]?.revision).toMatch(/^[0-9a-f]{32}$/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a revision already known (hashed as the pre-render wrote the file) is taken instead of reading the file', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'examflow-precache-'));
  try {
    await mkdir(path.join(dir, 'notes'));
    for (const file of ['notes/a.data', 'notes/b.data']) await writeFile(path.join(dir, file), file);
    const entries = await precacheManifest(dir, new Set(), new Map([['notes/a.data', 'known'], ['notes/gone.data', 'stale']]));
    expect(entries).toEqual([
      { url: 'notes/a.data', revision: 'known' },
      { url: 'notes/b.data', revision: revisionOf('notes/b.data', new TextEncoder().encode('notes/b.data')) },
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

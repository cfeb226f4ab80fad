import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { planVault } from '../content/parse-vault.ts';
import { indexSearchDocuments } from '../search/build-index.ts';
import { bundleWorker } from './parse-pool.ts';
import { parseNoteBatch } from './parse-task.ts';
import { searchAssets } from './search-assets.ts';
import { indexInWorker } from './search-pool.ts';

// The worker is bundled inside the project, where its packages resolve, as the build bundles it.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const cacheRoot = path.join(ROOT, 'node_modules', '.cache');
mkdirSync(cacheRoot, { recursive: true });
const dir = mkdtempSync(path.join(cacheRoot, 'search-pool-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const workerFile = (async () => {
  const file = path.join(dir, 'search-worker.mjs');
  await bundleWorker(path.join(ROOT, 'src', 'build', 'search-worker.ts'), file);
  return file;
})();

const files = [
  { file: 'caching.md', markdown: '# Caching\n\nKeep what serves a page.\n\n## Questions\n\n1. Which?\n   - [x] This one\n   - [ ] That one\n' },
  { file: 'korean.md', markdown: '---\ntags: [db/index]\n---\n# 인덱스\n\n## B-tree\n\n검색 속도를 높이는 구조.\n' },
  ...Array.from({ length: 40 }, (_, i) => ({ file: `n${i}.md`, markdown: `# Note ${i}\n\nBody of note ${i} about topic${i % 7}.\n` })),
];
const documents = parseNoteBatch(planVault(files)).map((entry) => entry.search);

describe('the search index in a worker thread', () => {
  test('gives the same files, names and texts, as indexing on the main thread', async () => {
    const here = searchAssets(indexSearchDocuments(documents));
    const done = await indexInWorker(documents, workerFile);
    expect(done.inWorker).toBe(true);
    expect(done.assets.head).toBe(here.head);
    expect([...done.assets.files]).toEqual([...here.files]);
    expect(done.assets.files.get(here.head)).toContain('"documentCount":42');
  }, 30_000);

  test('indexes on the main thread when the worker cannot run', async () => {
    const done = await indexInWorker(documents, Promise.resolve(path.join(dir, 'missing-worker.mjs')));
    expect(done.inWorker).toBe(false);
    expect(done.assets).toEqual(searchAssets(indexSearchDocuments(documents)));
  }, 30_000);
});

import { emptyNote } from '../content/empty-note';
import { buildSearchIndex } from './build-index';
import { partOf, type SearchFiles, type SearchPartKey } from './search-files';

const note = emptyNote('kms.md', 'kms', 'kms', {
  heading: 'KMS 암호화',
  blocks: [{ kind: 'markdown', markdown: '키 정책' }],
});

const importCount = vi.hoisted(() => ({ value: 0 }));
vi.mock('virtual:examflow/search-index', () => {
  importCount.value += 1;
  const files = JSON.parse(buildSearchIndex([note])) as SearchFiles;
  return {
    meta: JSON.stringify(files.meta),
    loadPart: (key: SearchPartKey) => Promise.resolve(JSON.stringify(partOf(files, key))),
  };
});

describe('loadSearchIndex', () => {
  test('imports the index once and hands out the same engine, which answers in place where no worker runs', async () => {
    const { loadSearchIndex } = await import('./load-index');
    const first = await loadSearchIndex();
    const second = await loadSearchIndex();
    expect(second).toBe(first);
    expect(importCount.value).toBe(1);
    if (!first.ok) throw new Error(first.reason);
    expect((await first.engine.search('암호화', 5)).map((result) => result.slug)).toEqual(['kms']);
  });
});

import { emptyNote } from '../content/empty-note';
import { buildSearchIndex } from './build-index';

const note = emptyNote('kms.md', 'kms', 'kms', {
  heading: 'KMS 암호화',
  blocks: [{ kind: 'markdown', markdown: '키 정책' }],
});

const importCount = vi.hoisted(() => ({ value: 0 }));
vi.mock('virtual:examflow/search-index', () => {
  importCount.value += 1;
  return { default: buildSearchIndex([note]) };
});

describe('loadSearchIndex', () => {
  test('imports the index once and hands out the same parsed index', async () => {
    const { loadSearchIndex } = await import('./load-index');
    const first = await loadSearchIndex();
    const second = await loadSearchIndex();
    expect(first.ok).toBe(true);
    expect(second).toBe(first);
    expect(importCount.value).toBe(1);
  });
});

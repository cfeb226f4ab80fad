import type { Note } from '../content/types';
import { buildSearchIndex } from './build-index';

const note: Note = {
  file: 'kms.md',
  slug: 'kms',
  title: 'kms',
  heading: 'KMS 암호화',
  tags: [],
  aliases: [],
  created: null,
  modified: null,
  questions: [],
  flows: [],
  blocks: [{ kind: 'markdown', markdown: '키 정책' }],
  diagnostics: [],
};

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

import { emptyNote } from '../content/empty-note';
import { searchAssets } from '../build/search-assets';
import { buildSearchIndex } from './build-index';
import type { SearchFiles } from './search-files';

const note = emptyNote('kms.md', 'kms', 'kms', {
  heading: 'KMS 암호화',
  blocks: [{ kind: 'markdown', markdown: '키 정책' }],
});

const assets = vi.hoisted(() => ({ head: '', files: new Map<string, string>() }));
const importCount = vi.hoisted(() => ({ value: 0 }));
vi.mock('virtual:examflow/search-index', () => {
  importCount.value += 1;
  return { head: `/sub/assets/${assets.head}` };
});

describe('loadSearchIndex', () => {
  test('imports the head once and hands out the same engine, which fetches the files beside the head in place where no worker runs', async () => {
    Object.assign(assets, searchAssets(JSON.parse(buildSearchIndex([note])) as SearchFiles));
    const fetched: string[] = [];
    vi.stubGlobal('location', new URL('https://site.example/sub/notes/kms'));
    vi.stubGlobal('fetch', (url: string) => {
      fetched.push(url);
      const text = assets.files.get(url.slice('https://site.example/sub/assets/'.length));
      return Promise.resolve(new Response(text ?? 'missing', { status: text === undefined ? 404 : 200 }));
    });
    try {
      const { loadSearchIndex } = await import('./load-index');
      const first = await loadSearchIndex();
      const second = await loadSearchIndex();
      expect(second).toBe(first);
      expect(importCount.value).toBe(1);
      if (!first.ok) throw new Error(first.reason);
      expect((await first.engine.search('암호화', 5)).map((result) => result.slug)).toEqual(['kms']);
      expect(fetched[0]).toBe(`https://site.example/sub/assets/${assets.head}`);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

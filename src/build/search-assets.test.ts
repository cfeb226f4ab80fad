import { emptyNote } from '../content/empty-note';
import type { Note } from '../content/types';
import { indexSearchDocuments, toSearchDocument } from '../search/build-index';
import { partKeys } from '../search/search-files';
import { partUrl, type SearchHead } from '../search/search-head';
import { devSearchFile, searchAssets } from './search-assets';

const note = (slug: string, markdown: string): Note => emptyNote(`${slug}.md`, slug, slug, { heading: slug, blocks: [{ kind: 'markdown', markdown }] });

const build = (notes: Note[]) => searchAssets(indexSearchDocuments(notes.map((n) => toSearchDocument(n)), { shardChars: 60, docsPerGroup: 1 }));

const notes = [note('kms', 'KMS 키 정책으로 암호화'), note('glue', 'Glue 크롤러가 스키마를 추론한다'), note('batch', 'Batch 작업 큐')];

describe('searchAssets', () => {
  test('writes the head and one file per part, each named after its content, and the head lists every part', () => {
    const files = indexSearchDocuments(notes.map((n) => toSearchDocument(n)), { shardChars: 60, docsPerGroup: 1 });
    const assets = searchAssets(files);
    const head = JSON.parse(assets.files.get(assets.head)!) as SearchHead;
    expect(assets.head).toMatch(/^search-head-[\w-]{10}\.json$/);
    expect(Object.keys(head.parts).sort()).toEqual(partKeys(files).sort());
    expect(assets.files.size).toBe(partKeys(files).length + 1);
    for (const key of partKeys(files)) {
      const url = partUrl(head, 'https://site.example/sub/assets/search-head-x.json', key)!;
      expect(url).toMatch(new RegExp(`^https://site\\.example/sub/assets/search-${key}-[\\w-]{10}\\.json$`));
      expect(assets.files.has(url.slice(url.lastIndexOf('/') + 1))).toBe(true);
    }
  });

  test('a changed note renames only the files whose content changed, and the head', () => {
    const before = build(notes);
    const after = build([notes[0]!, note('glue', 'Glue 크롤러가 스키마를 추론한다. 새 문장'), notes[2]!]);
    const kept = [...before.files.keys()].filter((name) => after.files.has(name));
    expect(after.head).not.toBe(before.head);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(before.files.size - 1);
    for (const name of kept) expect(after.files.get(name)).toBe(before.files.get(name));
  });

  test('partUrl knows no key the head does not list', () => {
    const head = { parts: { 'shard-0': 'abc' } } as unknown as SearchHead;
    expect(partUrl(head, 'https://a.example/assets/h.json', 'shard-0')).toBe('https://a.example/assets/search-shard-0-abc.json');
    expect(partUrl(head, 'https://a.example/assets/h.json', 'shard-1')).toBeUndefined();
    expect(partUrl(head, 'https://a.example/assets/h.json', 'toString' as 'latin')).toBeUndefined();
  });
});

test.each([
  ['/__examflow-search/search-head-abc.json', 'search-head-abc.json'],
  ['/examflow/__examflow-search/search-shard-3-x_y.json?t=1', 'search-shard-3-x_y.json'],
  ['/__examflow-search/../etc/passwd.json', undefined],
  ['/__examflow-search/a/b.json', undefined],
  ['/assets/search-head-abc.json', undefined],
  ['/notes/x', undefined],
])('devSearchFile(%s) is %s', (url, name) => {
  expect(devSearchFile(url)).toBe(name);
});

import { emptyNote } from '../content/empty-note';
import type { Note } from '../content/types';
import { indexSearchDocuments, toSearchDocument } from '../search/build-index';
import { partKeys } from '../search/search-files';
import { hashKey, partUrl, type SearchHead } from '../search/search-head';
import { devSearchFile, searchAssets } from './search-assets';

const note = (slug: string, markdown: string): Note => emptyNote(`${slug}.md`, slug, slug, { heading: slug, blocks: [{ kind: 'markdown', markdown }] });

const build = (notes: Note[], docsPerHash?: number) => searchAssets(indexSearchDocuments(notes.map((n) => toSearchDocument(n)), { shardChars: 60, docsPerGroup: 1 }), docsPerHash);

const notes = [note('kms', 'KMS 키 정책으로 암호화'), note('glue', 'Glue 크롤러가 스키마를 추론한다'), note('batch', 'Batch 작업 큐')];
const five = [...notes, note('forecast', 'Forecast 수요 예측'), note('rekognition', 'Rekognition 이미지 분석')];
const headOf = (assets: ReturnType<typeof build>) => JSON.parse(assets.files.get(assets.head)!) as SearchHead;
const docsFiles = (assets: ReturnType<typeof build>) => [...assets.files.keys()].filter((name) => name.startsWith('search-docs-'));

describe('searchAssets', () => {
  test('writes the head and one file per part, each named after its content, and the head lists a hash for every part', () => {
    const files = indexSearchDocuments(notes.map((n) => toSearchDocument(n)), { shardChars: 60, docsPerGroup: 1 });
    const assets = searchAssets(files);
    const head = headOf(assets);
    expect(assets.head).toMatch(/^search-head-[\w-]{10}\.json$/);
    expect(Object.keys(head.parts).sort()).toEqual([...new Set(partKeys(files).map((key) => hashKey(key, head.docsPerHash)))].sort());
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

  test('the head lists one hash per run of stored-note parts, not one per note', () => {
    const head = headOf(build(five, 2));
    expect(Object.keys(head.parts).filter((key) => key.startsWith('docs-')).sort()).toEqual(['docs-0', 'docs-2', 'docs-4']);
    expect(docsFiles(build(five, 2))).toHaveLength(5);
  });

  test('a changed note renames the stored-note files of its run and keeps every other run\'s', () => {
    const before = docsFiles(build(five, 2));
    const after = docsFiles(build([...five.slice(0, 3), note('forecast', 'Forecast 수요 예측, 새 문장'), five[4]!], 2));
    // Notes 0-1, 2-3 and 4 make the runs; note 3 changed.
    const renamed = before.filter((name) => !after.includes(name)).map((name) => name.split('-')[2]).sort();
    expect(renamed).toEqual(['2', '3']);
  });

  test('partUrl knows no key the head does not list', () => {
    const head = { parts: { 'shard-0': 'abc' }, docsPerHash: 1 } as unknown as SearchHead;
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

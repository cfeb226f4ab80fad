import { emptyNote } from '../content/empty-note';
import type { Note } from '../content/types';
import { searchAssets } from '../build/search-assets';
import { indexSearchDocuments, toSearchDocument } from './build-index';
import { openSearchIndex, type FetchJson } from './open-index';
import { parseSearchIndex, searchNotes } from './search-notes';

const note = (slug: string, heading: string, markdown: string): Note => emptyNote(`${slug}.md`, slug, slug, { heading, blocks: [{ kind: 'markdown', markdown }] });

const notes = [
  note('kms', 'KMS 암호화', 'IAM 역할에 KMS 키 정책으로 복호화 권한을 부여한다.'),
  note('rekognition', 'Rekognition 이미지 분석', '이미지에서 객체와 얼굴을 찾는다.'),
  note('glue', 'AWS Glue 데이터 카탈로그', '크롤러가 S3 데이터의 스키마를 추론한다.'),
  note('overfit', '과적합 줄이기', '드롭아웃과 정규화로 과적합을 줄인다. regularization and dropout.'),
];
const files = indexSearchDocuments(notes.map((n) => toSearchDocument(n)), { shardChars: 80, docsPerGroup: 1 });
const assets = searchAssets(files);
const ORIGIN = 'https://site.example/sub/assets/';
const HEAD = ORIGIN + assets.head;

/** The site's files over a stand-in fetch that records what was asked and can be made to fail. */
function site() {
  const fetched: string[] = [];
  const state = { offline: false };
  const fetchFile: FetchJson = (url) => {
    fetched.push(url);
    const text = url.startsWith(ORIGIN) ? assets.files.get(url.slice(ORIGIN.length)) : undefined;
    if (state.offline || text === undefined) return Promise.reject(new Error(`cannot fetch ${url}`));
    return Promise.resolve(JSON.parse(text) as unknown);
  };
  return { fetchFile, fetched, state };
}

describe('openSearchIndex', () => {
  test.each(['이미지', '암호화', 'kms 암호화', 'regularizaton', 's3', '없는말'])('%j finds what the whole index finds, fetching the head and a few parts beside it', async (query) => {
    const whole = parseSearchIndex(JSON.stringify(files));
    if (!whole.ok) throw new Error(whole.reason);
    const { fetchFile, fetched } = site();
    const opened = await openSearchIndex(HEAD, fetchFile);
    if (!opened.ok) throw new Error(opened.reason);
    expect(await opened.index.search(query, 20)).toEqual(searchNotes(whole.index, query, { limit: 20 }));
    expect(fetched[0]).toBe(HEAD);
    expect(fetched.every((url) => url.startsWith(ORIGIN))).toBe(true);
    expect(fetched.length).toBeLessThan(assets.files.size);
  });

  test('a part that fails fails the query, naming the part, and the next query fetches it again', async () => {
    const { fetchFile, fetched, state } = site();
    const opened = await openSearchIndex(HEAD, fetchFile);
    if (!opened.ok) throw new Error(opened.reason);
    state.offline = true;
    await expect(opened.index.search('이미지', 5)).rejects.toThrow(/search index part shard-\d+/);
    const failed = fetched.length;
    state.offline = false;
    expect((await opened.index.search('이미지', 5)).map((result) => result.slug)).toEqual(['rekognition']);
    expect(fetched.slice(failed)).toContain(fetched[failed - 1]);
  });

  test.each([
    ['the head cannot be fetched', 'https://site.example/sub/assets/search-head-gone.json', /search index head: cannot fetch/],
    ['the head is of another version', 'version', /search index version 1/],
    ['the head lists no parts', 'no-parts', /lists no parts/],
  ])('reports as data when %s', async (_, url, reason) => {
    const { fetchFile } = site();
    const fetchHead: FetchJson = (asked) =>
      asked === 'version' ? Promise.resolve({ version: 1 }) : asked === 'no-parts' ? Promise.resolve(files.meta) : fetchFile(asked);
    const opened = await openSearchIndex(url, fetchHead);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.reason).toMatch(reason);
  });
});

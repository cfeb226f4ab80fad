import { emptyNote } from '../content/empty-note';
import type { Note } from '../content/types';
import { indexSearchDocuments, toSearchDocument } from './build-index';
import { lazyIndex, parseMeta } from './lazy-index';
import { partKeys, partOf, type SearchPartKey } from './search-files';
import { parseSearchIndex, searchNotes } from './search-notes';

const note = (slug: string, heading: string, markdown: string, tags: string[] = []): Note =>
  emptyNote(`${slug}.md`, slug, slug, { heading, tags, blocks: [{ kind: 'markdown', markdown }] });

const notes = [
  note('kms-s3', 'KMS로 암호화된 S3 데이터 접근', 'IAM 역할에 KMS 키 정책으로 복호화 권한을 부여한다.', ['service/kms']),
  note('batch', 'AWS Batch 작업 스케줄링', '스케줄링은 작업 큐에서 우선순위로 결정된다.', ['service/batch']),
  note('forecast', 'Amazon Forecast 수요 예측', '시계열 데이터로 수요를 예측한다. 데이터 암호화는 기본이다.'),
  note('rekognition', 'Rekognition 이미지 분석', '이미지에서 객체와 얼굴을 찾는다. SageMaker로 이미지 분류 모델을 학습한다.'),
  note('sagemaker', 'SageMaker 노트북 인스턴스', 'Amazon SageMaker notebook instance는 IAM 역할과 KMS 키를 쓴다.', ['service/sagemaker']),
  note('glue', 'AWS Glue 데이터 카탈로그', '크롤러가 S3 데이터의 스키마를 추론한다. Glue ETL 작업.'),
  note('overfit', '과적합 줄이기', '드롭아웃과 정규화로 과적합을 줄인다. regularization and dropout.'),
];

// Tiny shards and groups, so that a query touches a few of many parts, as at 5,000 notes.
const files = indexSearchDocuments(notes.map((n) => toSearchDocument(n)), { shardChars: 120, docsPerGroup: 2 });
const whole = parseSearchIndex(JSON.stringify(files));

function openLazy() {
  const fetched: SearchPartKey[] = [];
  const meta = parseMeta(JSON.stringify(files.meta));
  if (!meta.ok) throw new Error(meta.reason);
  const index = lazyIndex(meta.meta, (key) => {
    fetched.push(key);
    return Promise.resolve(JSON.parse(JSON.stringify(partOf(files, key))) as unknown);
  });
  return { index, fetched };
}

describe('lazyIndex', () => {
  test('cuts the index into several shards and groups', () => {
    expect(files.shards.length).toBeGreaterThan(5);
    expect(files.docs).toHaveLength(4);
    expect(files.meta.shardStarts[0]).toBe('');
  });

  test.each(['이미지', '암호화', '과적합을 줄이려면', 'kms 암호화', 'sagemakr', 'amaz', 'glue etl', 's3', '데', 'regularizaton', '없는말'])(
    '%j finds what the whole index finds, fetching only some parts',
    async (query) => {
      if (!whole.ok) throw new Error(whole.reason);
      const { index, fetched } = openLazy();
      expect(await index.search(query, 20)).toEqual(searchNotes(whole.index, query, { limit: 20 }));
      expect(new Set(fetched).size).toBe(fetched.length);
      expect(fetched.length).toBeLessThan(partKeys(files).length);
    },
  );

  test('with the build\'s cut, a query fetches the stored fields of the notes it shows and of no other note', async () => {
    const cut = indexSearchDocuments(notes.map((n) => toSearchDocument(n)));
    const fetched: SearchPartKey[] = [];
    const index = lazyIndex(cut.meta, (key) => {
      fetched.push(key);
      return Promise.resolve(partOf(cut, key));
    });
    const shown = (await index.search('이미지', 20)).map((result) => result.slug);
    const stored = fetched.filter((key) => key.startsWith('docs-')).flatMap((key) => (partOf(cut, key) as { slug: string }[]).map((note) => note.slug));
    expect(shown).toEqual(['rekognition']);
    expect(stored).toEqual(shown);
  });

  test('a query cancelled while its terms load fetches no stored notes, and rejects', async () => {
    const cut = indexSearchDocuments(notes.map((n) => toSearchDocument(n)));
    const fetched: SearchPartKey[] = [];
    const typedOver = new AbortController();
    const index = lazyIndex(cut.meta, (key) => {
      fetched.push(key);
      // The reader types on while the shard is on its way.
      if (key.startsWith('shard-')) typedOver.abort(new Error('typed over'));
      return Promise.resolve(partOf(cut, key));
    });
    await expect(index.search('이미지', 20, typedOver.signal)).rejects.toThrow('typed over');
    expect(fetched.some((key) => key.startsWith('shard-'))).toBe(true);
    expect(fetched.filter((key) => key.startsWith('docs-'))).toEqual([]);
  });

  test('a part that fails fails the query, and the next query fetches it again', async () => {
    const meta = parseMeta(JSON.stringify(files.meta));
    if (!meta.ok) throw new Error(meta.reason);
    let fail = true;
    const index = lazyIndex(meta.meta, (key) => (fail ? Promise.reject(new Error(`offline: ${key}`)) : Promise.resolve(partOf(files, key))));
    await expect(index.search('이미지', 5)).rejects.toThrow('offline');
    fail = false;
    expect((await index.search('이미지', 5)).map((result) => result.slug)).toEqual(['rekognition']);
  });

  test.each([
    ['not json', false],
    ['{"version":1}', false],
    [JSON.stringify(files.meta), true],
  ])('parseMeta(%s) -> ok %s', (json, ok) => {
    expect(parseMeta(json).ok).toBe(ok);
  });
});

import { emptyNote } from '../content/empty-note';
import type { Note } from '../content/types';
import { buildSearchIndex } from './build-index';
import { SEARCH_INDEX_VERSION } from './search-options';
import { parseSearchIndex, searchNotes, type SearchIndex } from './search-notes';

function makeNote(slug: string, heading: string, markdown: string, extra: Partial<Note> = {}): Note {
  return emptyNote(`${slug}.md`, slug, slug, { heading, blocks: [{ kind: 'markdown', markdown }], ...extra });
}

const notes: Note[] = [
  makeNote('kms-s3', 'KMS로 암호화된 S3 데이터 접근', 'IAM 역할에 KMS 키 정책으로 복호화 권한을 부여한다.', {
    tags: ['service/kms', 'security/encryption'],
    aliases: ['kms-encryption'],
    questions: [
      {
        id: 'q1',
        stem: 'How should the ML Specialist define the Amazon SageMaker notebook instance?',
        multi: false,
        options: [{ label: 'A', text: 'Assign an IAM role', correct: true, explanation: null }],
        answer: ['A'],
        notes: [],
        line: 10,
      },
    ],
  }),
  makeNote('batch-scheduling', 'AWS Batch 작업 스케줄링', '스케줄링은 작업 큐에서 우선순위로 결정된다.', {
    tags: ['service/batch'],
  }),
  makeNote('forecast', 'Amazon Forecast 수요 예측', '시계열 데이터로 수요를 예측한다. 데이터 암호화는 기본이다.', {
    tags: ['service/forecast'],
  }),
];

const parsed = parseSearchIndex(buildSearchIndex(notes));
if (!parsed.ok) throw new Error(parsed.reason);
const index: SearchIndex = parsed.index;
const slugs = (query: string) => searchNotes(index, query).map((r) => r.slug);

describe('searchNotes', () => {
  test.each([
    ['KMS', ['kms-s3']],
    ['kms', ['kms-s3']],
    ['암호화', ['kms-s3', 'forecast']],
    ['스케줄링', ['batch-scheduling']],
    ['복호화', ['kms-s3']],
    ['sagemakr', ['kms-s3']],
    ['forcast', ['forecast']],
    ['batch 우선순위', ['batch-scheduling']],
    ['kms-encryption', ['kms-s3']],
    ['encryption', ['kms-s3']],
    ['zebra', []],
    ['', []],
    ['!!!', []],
  ])('%j finds %j', (query, expected) => {
    expect(slugs(query).sort()).toEqual([...expected].sort());
  });

  test('notes holding every word come first; with few of them, notes holding some of the words follow', () => {
    expect(slugs('KMS 암호화')).toEqual(['kms-s3', 'forecast']);
    expect(slugs('예측 KMS').sort()).toEqual(['forecast', 'kms-s3']);
    expect(slugs('zebra 예측')).toEqual(['forecast']);
  });

  test('ranks a title match first', () => {
    expect(slugs('암호화')[0]).toBe('kms-s3');
  });

  test('a typo in a short word finds nothing rather than everything', () => {
    expect(slugs('kmx')).toEqual([]);
  });

  test('respects the limit', () => {
    expect(searchNotes(index, '데이터', { limit: 1 })).toHaveLength(1);
  });

  test.each([
    ['암호화', 'forecast', ['암호화']],
    ['암호화', 'kms-s3', []],
    ['스케줄링', 'batch-scheduling', ['스케줄링']],
    ['sagemakr', 'kms-s3', ['SageMaker']],
    ['우선순위', 'batch-scheduling', ['우선순위']],
  ])('the snippet for %j in %s marks %j', (query, slug, marked) => {
    const result = searchNotes(index, query).find((r) => r.slug === slug)!;
    const texts = result.snippet.highlights.map(([s, e]) => result.snippet.text.slice(s, e));
    expect(texts).toEqual(marked);
  });

  test('marks the match in the title', () => {
    const result = searchNotes(index, '암호화 s3').find((r) => r.slug === 'kms-s3')!;
    const texts = result.titleHighlights.map(([s, e]) => result.title.slice(s, e));
    expect(texts).toEqual(['암호화', 'S3']);
  });

  test('returns the display title and tags', () => {
    expect(searchNotes(index, 'kms')[0]).toMatchObject({
      slug: 'kms-s3',
      title: 'KMS로 암호화된 S3 데이터 접근',
      tags: ['service/kms', 'security/encryption'],
    });
  });
});

describe('parseSearchIndex', () => {
  test.each([
    ['not json', false],
    ['{"version":99,"index":{}}', false],
    [`{"version":${SEARCH_INDEX_VERSION},"index":null}`, false],
    [buildSearchIndex([]), true],
  ])('%s -> ok %s', (json, ok) => {
    expect(parseSearchIndex(json).ok).toBe(ok);
  });
});

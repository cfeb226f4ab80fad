import { findOptionReferences, writeLabels } from './option-references';

const named = (text: string) => findOptionReferences(text).map((r) => `${text.slice(r.start, r.end)}=${r.labels.join('')}`);

describe('findOptionReferences finds every form the parser reads as a label', () => {
  test.each([
    ['**A번** - 보안 그룹은 무관', ['A=A']],
    ['**Option B** - VPC', ['B=B']],
    ['Options A and C are wrong', ['A=A', 'C=C']],
    ['옵션 B와 옵션 C', ['B=B', 'C=C']],
    ['**옵션 B~D** - 데이터를 먼저 적재', ['B~D=BCD']],
    ['선택지 C는 틀림', ['C=C']],
    ['**Feature Store (B)** - 피처 저장', ['B=B']],
    ['Amazon Athena (옵션 D)', ['D=D']],
    ['**A) 컬럼 제거** - 나이는', ['A=A']],
    ['**정답: C, E) max_jobs**', ['C=C', 'E=E']],
    ['[B] 중단될 수 있어', ['B=B']],
    ['**A**는 틀렸다', ['A=A']],
    ['**B, C** - 둘 다 오답', ['B=B', 'C=C']],
    ['C가 틀린 이유', ['C=C']],
    ['그래서 D를 고른다', ['D=D']],
    ['**Why not B?** Spectrum is needed', ['B=B']],
    ['Wrong: E', ['E=E']],
    ['OPTION F', ['F=F']],
    // A letter glued to a Korean label noun, or to the marker word before it, the way Korean authors type it.
    ['**B옵션 (VPC 엔드포인트)** - 틀림', ['B=B']],
    ['**옵션B** - 틀림', ['B=B']],
    ['B안이 틀린 이유', ['B=B']],
    ['B 선택지는 과하다', ['B=B']],
    ['C보기와 D보기', ['C=C', 'D=D']],
    ['**(B)번** 오답', ['B=B']],
    ['E항목을 고른다', ['E=E']],
    ['오답C', ['C=C']],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe('findOptionReferences leaves letters in prose alone', () => {
  test.each([
    'A/B 테스트로 두 모델을 비교',
    'Plan A is cheaper',
    'Plan A는 더 싸다',
    'A Machine Learning Specialist uploads a dataset',
    '편향성 (DAR, DI, TE, DPPL)',
    'SSE-C) 암호화',
    'Amazon S3 bucket (Standard-IA)',
    'Option Alpha and Answers',
    '하이퍼파라미터 조합 A, B, C 테스트',
    'Option G is not an option here',
    'DynamoDB가 빠르다',
    '[[A]] 위키 링크',
    '[A](https://example.com) 링크',
    '__label__ 접두사',
    'B안전 구역',
    'A번째 시도',
    'Plan B안',
    'A 안에서 실행',
    'B형 간염',
    'Optional B',
  ])('%s', (text) => {
    expect(findOptionReferences(text)).toEqual([]);
  });
});

describe('writeLabels', () => {
  test.each([
    [['C'], false, 'C'],
    [['D', 'B', 'C'], true, 'B~D'],
    [['A', 'C', 'D'], true, 'A, C, D'],
    [['B', 'A'], false, 'A, B'],
  ] as const)('%j (range %s) -> %s', (labels, range, expected) => {
    expect(writeLabels(labels, range)).toBe(expected);
  });
});

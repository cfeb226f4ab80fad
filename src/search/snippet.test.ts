import { findHighlights, makeSnippet, mergeRanges, type Needle } from './snippet';

const latin = (text: string): Needle => ({ text, wordStart: true });
const hangul = (text: string): Needle => ({ text, wordStart: false });

describe('findHighlights', () => {
  test.each([
    ['KMS로 암호화된 데이터', [latin('kms')], [[0, 3]]],
    ['KMS로 암호화된 데이터', [hangul('암호화')], [[5, 8]]],
    ['html and ML', [latin('ml')], [[9, 11]]],
    ['SageMaker sagemaker', [latin('sagemaker')], [[0, 9], [10, 19]]],
    ['암호화 암호', [hangul('암호'), hangul('호화')], [[0, 3], [4, 6]]],
    ['nothing here', [latin('kms')], []],
    ['empty needle', [latin('')], []],
  ])('%j %j', (text, needles, expected) => {
    expect(findHighlights(text, needles)).toEqual(expected);
  });
});

describe('mergeRanges', () => {
  test.each([
    [[[5, 8], [0, 3]], [[0, 3], [5, 8]]],
    [[[0, 3], [2, 6]], [[0, 6]]],
    [[[0, 3], [3, 4]], [[0, 4]]],
    [[], []],
  ] as [number, number][][][])('%j', (ranges, expected) => {
    expect(mergeRanges(ranges)).toEqual(expected);
  });
});

describe('makeSnippet', () => {
  test('keeps a short passage whole', () => {
    expect(makeSnippet(['KMS 키 정책'], [latin('kms')])).toEqual({ text: 'KMS 키 정책', highlights: [[0, 3]] });
  });

  test('prefers the passage that matches', () => {
    const snippet = makeSnippet(['본문 텍스트', 'Which AWS KMS key?'], [latin('kms')]);
    expect(snippet).toEqual({ text: 'Which AWS KMS key?', highlights: [[10, 13]] });
  });

  test('cuts a window around a match far into a long passage, and the offsets point at the match', () => {
    const long = `${'가나다 '.repeat(100)}SageMaker 노트북 ${'라마바 '.repeat(100)}`;
    const snippet = makeSnippet([long], [latin('sagemaker')], 80);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.highlights).toHaveLength(1);
    const [start, end] = snippet.highlights[0]!;
    expect(snippet.text.slice(start, end)).toBe('SageMaker');
  });

  test('falls back to the start of the first passage when nothing matches', () => {
    expect(makeSnippet(['abc def', 'ghi'], [latin('zzz')], 5)).toEqual({ text: 'abc d…', highlights: [] });
  });

  test('handles a note without passages', () => {
    expect(makeSnippet([], [latin('kms')])).toEqual({ text: '', highlights: [] });
  });
});

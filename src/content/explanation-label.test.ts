import { resolveBulletLabel } from './explanation-label';

const options = [
  { label: 'A', text: 'Store the data in CSV format' },
  { label: 'B', text: 'Amazon Rekognition' },
  { label: 'C', text: 'Amazon Rekognition Custom Labels' },
  { label: 'D', text: 'k=2' },
  { label: 'E', text: 'Use compound sorting on their tables' },
  { label: 'F', text: 'Use interleaved sorting on their tables' },
];

describe('resolveBulletLabel', () => {
  test.each([
    ['A번', ['A'], true],
    ['Option A', ['A'], true],
    ['옵션 A', ['A'], true],
    ['A 옵션', ['A'], true],
    ['선택지 A', ['A'], true],
    ['오답 옵션 A', ['A'], true],
    ['오답 옵션 A)', ['A'], true],
    ['[오답 옵션 A]', ['A'], true],
    ['A', ['A'], true],
    ['(A)', ['A'], true],
    ['정답 D', ['D'], true],
    ['❌ B', ['B'], true],
    ['🔴 Option B', ['B'], true],
    ['B번 오답', ['B'], true],
    ['B (오답)', ['B'], true],
    ['Wrong: C', ['C'], true],
    ['Incorrect - Option C', ['C'], true],
    ['C 선택지', ['C'], true],
    ['（B）', ['B'], true],
    ['Ｅ', ['E'], true],
    ['option b', ['B'], true],
    ['b)', ['B'], true],
    ['b', [], false],
    ['Option B ❌', ['B'], true],
    ['B: 오답', ['B'], true],
    ['B is incorrect', ['B'], true],
    ['옵션 B와 옵션 C', ['B', 'C'], true],
    ['B~D', ['B', 'C', 'D'], true],
    ['Opt. B', ['B'], true],
    ['Option-B', ['B'], true],
    ['답 B', ['B'], true],
    ['Why not B?', ['B'], true],
    ['B옵션', ['B'], true],
    ['B옵션 (Rekognition)', ['B'], false],
    ['옵션B', ['B'], true],
    ['옵션B와 옵션C', ['B', 'C'], true],
    ['B안', ['B'], true],
    ['B안과 C안', ['B', 'C'], true],
    ['B 보기', ['B'], true],
    ['선택지C', ['C'], true],
    ['D항', ['D'], true],
    ['(B)번', ['B'], true],
    ['오답B', ['B'], true],
    ['B안전', [], false],
    ['B - Rekognition', ['B'], false],
    ['Option A (CSV)', ['A'], false],
    ['A) Store the data in CSV format', ['A'], false],
    ['A. Store the data in CSV format', ['A'], false],
    ['옵션 A와 B', ['A', 'B'], true],
    ['CSV 저장 (A)', ['A'], false],
    ['Rekognition (옵션 B)', ['B'], false],
    ['Option B, C', ['B', 'C'], true],
    ['A, B', ['A', 'B'], true],
    ['A/B', ['A', 'B'], true],
    ['Amazon Rekognition', ['B'], false],
    ['Amazon Rekognition Custom Labels', ['C'], false],
    ['k=2', ['D'], false],
    ['Compound/Interleaved sorting', ['E', 'F'], false],
    ['정답 근거', [], false],
    ['핵심 키워드', [], false],
    ['AWS', [], false],
  ])('%j names %j (pure: %s)', (label, labels, pure) => {
    const resolved = resolveBulletLabel(label, options);
    expect(resolved.labels).toEqual(labels);
    expect(resolved.pure).toBe(pure);
  });

  test('a very long bold run is prose, not a label', () => {
    expect(resolveBulletLabel(`Option A ${'x'.repeat(500)}`, options).labels).toEqual([]);
  });
});

import fc from 'fast-check';
import { applyOptionOrder, isOptionOrder, optionOrder, shuffleOptions } from './shuffle-options';
import { makeQuestion, seedQuestion } from '../../test/test-questions';

describe('applyOptionOrder', () => {
  const shown = applyOptionOrder(seedQuestion, ['C', 'D', 'A', 'B']);

  test('re-letters options A, B, C ... in the new order', () => {
    expect(shown.question.options.map((o) => [o.label, o.text])).toEqual([
      ['A', 'IAM role with S3 read + KMS key policy'],
      ['B', 'Assign the KMS key'],
      ['C', 'Security groups'],
      ['D', 'VPC access'],
    ]);
  });

  test('keeps the answer and the correct flag on the same option text', () => {
    expect(shown.question.answer).toEqual(['A']);
    expect(shown.question.options.filter((o) => o.correct).map((o) => o.text)).toEqual([
      'IAM role with S3 read + KMS key policy',
    ]);
  });

  test('moves each explanation with its option and rewrites the letter it names', () => {
    expect(shown.question.options.map((o) => o.explanation)).toEqual([
      null,
      '**B번** - 키는 할당되지 않음',
      '**C번** - 보안 그룹은 무관',
      '**D번** - VPC와 무관',
    ]);
  });

  test('maps display labels to original labels and back', () => {
    expect(shown.toOriginal).toEqual({ A: 'C', B: 'D', C: 'A', D: 'B' });
    expect(shown.toDisplay).toEqual({ C: 'A', D: 'B', A: 'C', B: 'D' });
  });

  test('rewrites general notes too', () => {
    const question = { ...seedQuestion, notes: ['정답: C) IAM role', 'Option A는 네트워크 수준'] };
    expect(applyOptionOrder(question, ['C', 'D', 'A', 'B']).question.notes).toEqual([
      '정답: A) IAM role',
      'Option C는 네트워크 수준',
    ]);
  });

  test.each([
    [['A', 'B', 'C']],
    [['A', 'B', 'C', 'C']],
    [['A', 'B', 'C', 'X']],
    [[]],
  ])('falls back to the note order for a stale order %j', (order) => {
    const result = applyOptionOrder(seedQuestion, order);
    expect(result.question.options.map((o) => o.text)).toEqual(seedQuestion.options.map((o) => o.text));
    expect(result.question.answer).toEqual(['C']);
  });
});

describe('shuffleOptions (property)', () => {
  const questions = fc
    .tuple(fc.integer({ min: 2, max: 6 }), fc.integer())
    .chain(([count, pick]) => {
      const texts = Array.from({ length: count }, (_, i) => `text ${i}`);
      const labels = texts.map((_, i) => String.fromCharCode(65 + i));
      const answer = labels.filter((_, i) => (pick >> i) & 1);
      return fc.constant(makeQuestion('q', texts, answer.length > 0 ? answer : ['A']));
    });

  test('is a permutation whose explanations, correctness and answer follow the option text', () => {
    fc.assert(
      fc.property(questions, fc.integer(), (question, seed) => {
        const order = optionOrder(question, seed);
        expect(isOptionOrder(question, order)).toBe(true);
        const { question: shown, toOriginal } = shuffleOptions(question, seed);
        for (const option of shown.options) {
          const original = question.options.find((o) => o.label === toOriginal[option.label])!;
          expect(option.text).toBe(original.text);
          expect(option.correct).toBe(original.correct);
          expect(option.explanation).toBe(`**${option.label}번** - ${option.text} 설명`);
        }
        expect(shown.answer.map((label) => toOriginal[label]).sort()).toEqual(question.answer);
      }),
    );
  });
});

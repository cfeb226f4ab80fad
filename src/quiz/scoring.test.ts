import fc from 'fast-check';
import { requiredChoices, scoreAnswer } from './scoring';

describe('scoreAnswer', () => {
  test.each([
    { answer: ['C'], chosen: ['C'], correct: true, missed: [], wrong: [] },
    { answer: ['C'], chosen: ['A'], correct: false, missed: ['C'], wrong: ['A'] },
    { answer: ['C'], chosen: [], correct: false, missed: ['C'], wrong: [] },
    { answer: ['C'], chosen: ['C', 'A'], correct: false, missed: [], wrong: ['A'] },
    { answer: ['A', 'E'], chosen: ['E', 'A'], correct: true, missed: [], wrong: [] },
    { answer: ['A', 'E'], chosen: ['A'], correct: false, missed: ['E'], wrong: [] },
    { answer: ['A', 'E'], chosen: ['A', 'B'], correct: false, missed: ['E'], wrong: ['B'] },
    { answer: ['A', 'D', 'F'], chosen: ['F', 'D', 'A'], correct: true, missed: [], wrong: [] },
    { answer: ['A', 'D', 'F'], chosen: ['A', 'D', 'F', 'B'], correct: false, missed: [], wrong: ['B'] },
    { answer: ['B'], chosen: ['B', 'B'], correct: true, missed: [], wrong: [] },
    { answer: [], chosen: [], correct: false, missed: [], wrong: [] },
  ])('answer $answer, chosen $chosen → correct $correct', ({ answer, chosen, correct, missed, wrong }) => {
    const score = scoreAnswer({ answer }, chosen);
    expect(score).toEqual({ correct, unanswered: chosen.length === 0, missed, wrong });
  });

  const labels = fc.uniqueArray(fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'), { minLength: 1 });

  test('choosing exactly the answer set, in any order, is always right', () => {
    fc.assert(
      fc.property(
        labels.chain((answer) =>
          fc.tuple(fc.constant(answer), fc.shuffledSubarray(answer, { minLength: answer.length, maxLength: answer.length })),
        ),
        ([answer, chosen]) => {
          expect(scoreAnswer({ answer }, chosen).correct).toBe(true);
        },
      ),
    );
  });

  test('any other set is wrong (no partial credit)', () => {
    fc.assert(
      fc.property(labels, labels, (answer, chosen) => {
        const same = answer.length === chosen.length && answer.every((label) => chosen.includes(label));
        expect(scoreAnswer({ answer }, chosen).correct).toBe(same);
      }),
    );
  });
});

describe('requiredChoices', () => {
  test.each([
    [['C'], 1],
    [['A', 'E'], 2],
    [['A', 'D', 'F'], 3],
    [[], 1],
  ])('answer %j asks for %i choice(s)', (answer, count) => {
    expect(requiredChoices({ answer })).toBe(count);
  });
});

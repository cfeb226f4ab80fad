import { filterAnswers } from './answer-filter';

const questions = [
  { id: 1, correct: true, flagged: false },
  { id: 2, correct: false, flagged: true },
  { id: 3, correct: false, flagged: false },
  { id: 4, correct: true, flagged: true },
];

describe('filterAnswers', () => {
  test.each([
    ['all', [1, 2, 3, 4]],
    ['wrong', [2, 3]],
    ['flagged', [2, 4]],
  ] as const)('%s keeps %j', (filter, ids) => {
    expect(filterAnswers(questions, filter).map((q) => q.id)).toEqual(ids);
  });
});

import { filterAnswers } from './answer-filter';

const questions = [
  { id: 1, correct: true, unanswered: false, flagged: false },
  { id: 2, correct: false, unanswered: false, flagged: true },
  { id: 3, correct: false, unanswered: false, flagged: false },
  { id: 4, correct: true, unanswered: false, flagged: true },
  { id: 5, correct: false, unanswered: true, flagged: false },
  { id: 6, correct: false, unanswered: true, flagged: true },
];

describe('filterAnswers', () => {
  test.each([
    ['all', [1, 2, 3, 4, 5, 6]],
    ['wrong', [2, 3]],
    ['unanswered', [5, 6]],
    ['flagged', [2, 4, 6]],
  ] as const)('%s keeps %j', (filter, ids) => {
    expect(filterAnswers(questions, filter).map((q) => q.id)).toEqual(ids);
  });
});

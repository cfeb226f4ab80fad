import { noteStatusOf, questionRecords, type StatusAttempt } from './question-status';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 12, minute)).toISOString();
const answer = (questionId: string, minute: number, correct: boolean): StatusAttempt => ({ questionId, at: at(minute), correct });

describe('questionRecords', () => {
  test.each([
    ['one right answer', [answer('q', 0, true)], { tries: 1, right: 1, lastCorrect: true }],
    ['wrong, then right', [answer('q', 0, false), answer('q', 1, true)], { tries: 2, right: 1, lastCorrect: true }],
    ['right, then wrong', [answer('q', 0, true), answer('q', 1, false)], { tries: 2, right: 1, lastCorrect: false }],
    ['stored out of order: the latest time wins', [answer('q', 5, false), answer('q', 1, true)], { tries: 2, right: 1, lastCorrect: false }],
    ['an unreadable time counts as a try, never as the latest', [answer('q', 1, true), { questionId: 'q', at: 'bad', correct: false }], { tries: 2, right: 1, lastCorrect: true }],
  ])('%s', (_, attempts, record) => {
    expect(questionRecords(attempts).get('q')).toEqual(record);
  });
});

describe('noteStatusOf', () => {
  const records = questionRecords([answer('a', 0, true), answer('b', 0, false), answer('gone', 0, false)]);
  test.each([
    ['counts each question by its latest answer', ['a', 'b', 'c'], [], { total: 3, untried: 1, right: 1, wrong: 1, flagged: 0 }],
    ['answers to questions the note no longer asks do not count', ['a'], [], { total: 1, untried: 0, right: 1, wrong: 0, flagged: 0 }],
    ['flags count whether or not answered', ['a', 'c'], ['c', 'gone'], { total: 2, untried: 1, right: 1, wrong: 0, flagged: 1 }],
    ['a reading note has nothing', [], [], { total: 0, untried: 0, right: 0, wrong: 0, flagged: 0 }],
  ])('%s', (_, ids, flags, status) => {
    expect(noteStatusOf(ids, records, new Set(flags))).toEqual(status);
  });
});

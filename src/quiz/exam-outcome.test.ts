import { itemsOf, makeQuestion, seedQuestion } from '../../test/test-questions';
import type { ExamRecordDraft } from './attempt-records';
import { chosenNow, examOutcomes, type SavedAttempt } from './exam-outcome';

const exam: ExamRecordDraft = {
  id: 'exam-1', at: '2026-03-01T10:00:00.000Z', questionIds: ['q-kms', 'g1', 'gone'],
  correct: 1, total: 3, scaled: 400, passed: false, seconds: 300, byTag: {}, selection: { kind: 'all' }, timedOut: false,
};
const attempt = (questionId: string, chosen: string[], correct: boolean): SavedAttempt => ({
  id: `exam-1/${questionId}`, questionId, chosen, correct, seconds: 12,
});
const items = [...itemsOf('kms', [], [seedQuestion]), ...itemsOf('glue', [], [makeQuestion('g1', ['a', 'b'], ['A'])])];

describe('examOutcomes', () => {
  test('reads each question of the exam from its own attempt, in exam order', () => {
    const other = { ...attempt('q-kms', ['A'], false), id: 'exam-0/q-kms' };
    const outcomes = examOutcomes(exam, [other, attempt('q-kms', ['C'], true), attempt('g1', ['B'], false)], items, new Set(['g1']));
    expect(outcomes.map((o) => [o.questionId, o.chosen, o.correct, o.flagged, o.item !== null])).toEqual([
      ['q-kms', ['C'], true, false, true],
      ['g1', ['B'], false, true, true],
      ['gone', [], false, false, false],
    ]);
  });

  test.each([
    ['no attempt recorded (an exam submitted early)', []],
    ['an empty attempt (recorded by exams before unanswered questions stopped being attempts)', [attempt('g1', [], false)]],
  ])('a question with %s is not answered, which is not correct and not wrong', (_name, attempts) => {
    const [outcome] = examOutcomes({ ...exam, questionIds: ['g1'] }, attempts, items, new Set());
    expect(outcome).toMatchObject({ chosen: [], unanswered: true, correct: false });
  });

  test('an answered question is not "not answered", right or wrong', () => {
    const outcomes = examOutcomes(exam, [attempt('q-kms', ['C'], true), attempt('g1', ['B'], false)], items, new Set());
    expect(outcomes.map((o) => o.unanswered)).toEqual([false, false, true]);
  });
});

describe('the answer given survives edits of the question', () => {
  const reordered = itemsOf('glue', [], [makeQuestion('g1', ['Glue crawler', 'Athena', 'EMR'], ['B'])])[0]!;

  test.each([
    ['found by its text after the options moved', { chosen: ['A'], chosenTexts: ['Athena'] }, ['B']],
    ['several choices, sorted', { chosen: ['A', 'C'], chosenTexts: ['EMR', 'Glue crawler'] }, ['A', 'C']],
    ['by letter when no text was recorded', { chosen: ['A'] }, ['A']],
    ['by letter when the text matches no option now', { chosen: ['C'], chosenTexts: ['Redshift'] }, ['C']],
  ])('%s', (_name, recorded, expected) => {
    expect(chosenNow(recorded, reordered)).toEqual(expected);
  });

  test('an exam attempt re-attached to a question whose id changed is still found', () => {
    const moved = { ...attempt('g1', ['A'], true), id: 'exam-1/old-id' };
    const outcomes = examOutcomes({ ...exam, questionIds: ['g1'] }, [moved], items, new Set());
    expect(outcomes[0]?.chosen).toEqual(['A']);
  });
});

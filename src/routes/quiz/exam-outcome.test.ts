import { itemsOf, makeQuestion, seedQuestion } from '../../../test/test-questions';
import type { Attempt, ExamRecord } from '../../store/progress-schema';
import { examOutcomes } from './exam-outcome';

const exam: ExamRecord = {
  id: 'exam-1', at: '2026-03-01T10:00:00.000Z', questionIds: ['q-kms', 'g1', 'gone'],
  correct: 1, total: 3, scaled: 400, passed: false, seconds: 300, byTag: {},
};
const attempt = (questionId: string, chosen: string[], correct: boolean): Attempt => ({
  id: `exam-1/${questionId}`, questionId, noteSlug: 'n', at: exam.at, chosen, correct, seconds: 12, mode: 'exam',
});
const items = [...itemsOf('kms', [], [seedQuestion]), ...itemsOf('glue', [], [makeQuestion('g1', ['a', 'b'], ['A'])])];

describe('examOutcomes', () => {
  test('reads each question of the exam from its own attempt, in exam order', () => {
    const other = { ...attempt('q-kms', ['A'], false), id: 'exam-0/q-kms' };
    const outcomes = examOutcomes(exam, [other, attempt('q-kms', ['C'], true), attempt('g1', [], false)], items, new Set(['g1']));
    expect(outcomes.map((o) => [o.questionId, o.chosen, o.correct, o.flagged, o.item !== null])).toEqual([
      ['q-kms', ['C'], true, false, true],
      ['g1', [], false, true, true],
      ['gone', [], false, false, false],
    ]);
  });
});

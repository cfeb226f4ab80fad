import { selectionTagMatches, selectQuestions, wrongQuestionIds, type Selection } from './selection';
import { itemsOf, makeQuestion } from '../../test/test-questions';
import type { QuizHistory } from './types';

const q = (id: string) => makeQuestion(id, ['x', 'y'], ['A']);
const catalog = [
  ...itemsOf('kms-note', ['service/kms', 'security/encryption'], [q('k1'), q('k2')]),
  ...itemsOf('s3-note', ['service/s3'], [q('s1')]),
  ...itemsOf('ml-note', ['ml/metrics'], [q('m1')]),
];
const history: QuizHistory = {
  attempts: [
    { questionId: 'k1', at: '2026-01-01T10:00:00.000Z', correct: false },
    { questionId: 'k1', at: '2026-01-02T10:00:00.000Z', correct: true },
    { questionId: 's1', at: '2026-01-02T10:00:00.000Z', correct: true },
    { questionId: 's1', at: '2026-01-03T10:00:00.000Z', correct: false },
    { questionId: 'gone', at: '2026-01-03T10:00:00.000Z', correct: false },
  ],
  flagged: ['m1', 'gone'],
};

describe('selectQuestions', () => {
  test.each<[string, Selection, string[]]>([
    ['one note', { kind: 'note', slug: 'kms-note' }, ['k1', 'k2']],
    ['an exact tag', { kind: 'tag', tag: 'service/s3' }, ['s1']],
    ['a tag prefix', { kind: 'tag', tag: 'service/*' }, ['k1', 'k2', 's1']],
    ['a tag that is only a prefix of another word', { kind: 'tag', tag: 'service/k' }, []],
    ['several notes', { kind: 'notes', slugs: ['ml-note', 's3-note'] }, ['s1', 'm1']],
    ['everything', { kind: 'all' }, ['k1', 'k2', 's1', 'm1']],
    ['last answer wrong', { kind: 'wrong' }, ['s1']],
    ['flagged', { kind: 'flagged' }, ['m1']],
    ['explicit ids', { kind: 'ids', ids: ['m1', 'k2', 'nope'] }, ['k2', 'm1']],
    ['an unknown note', { kind: 'note', slug: 'nope' }, []],
  ])('%s', (_, selection, ids) => {
    expect(selectQuestions(selection, catalog, history).map((item) => item.question.id)).toEqual(ids);
  });
});

describe('selectionTagMatches', () => {
  test.each([
    ['service/*', 'service/kms', true],
    ['service', 'service/kms', true],
    ['Service/KMS', 'service/kms', true],
    ['service/*', 'service', false],
    ['service/*', 'services/kms', false],
    ['service/kms', 'service/kms', true],
    ['service/kms', 'service/kms2', false],
  ])('%s matches %s: %s', (selectionTag, noteTag, expected) => {
    expect(selectionTagMatches(selectionTag, noteTag)).toBe(expected);
  });
});

describe('wrongQuestionIds', () => {
  test('keeps the ids of deleted questions (history is never pruned)', () => {
    expect([...wrongQuestionIds(history)].sort()).toEqual(['gone', 's1']);
  });

  test('a later record at the same time wins', () => {
    const attempts = [
      { questionId: 'a', at: '2026-01-01T00:00:00.000Z', correct: false },
      { questionId: 'a', at: '2026-01-01T00:00:00.000Z', correct: true },
    ];
    expect([...wrongQuestionIds({ attempts })]).toEqual([]);
  });
});

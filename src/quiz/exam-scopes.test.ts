import type { NoteSummary } from '../content/note-summary';
import { examScopes } from './exam-scopes';

const note = (slug: string, tags: string[], questionCount: number): NoteSummary => ({
  slug, file: slug, title: slug, tags, aliases: [], questionCount, questionIds: [], errorCount: 0,
});

describe('examScopes', () => {
  test('the whole vault, then tags by question count, ignoring reading notes', () => {
    const scopes = examScopes([note('a', ['service/kms', 'service/s3'], 1), note('b', ['service/s3'], 2), note('c', ['reading'], 0)]);
    expect(scopes.map((s) => [s.value, s.questions])).toEqual([['all', 3], ['service/s3', 3], ['service/kms', 1]]);
    expect(scopes[1]?.selection).toEqual({ kind: 'tag', tag: 'service/s3' });
  });

  test('an empty vault still offers the whole vault, with no questions', () => {
    expect(examScopes([])).toEqual([{ value: 'all', selection: { kind: 'all' }, questions: 0 }]);
  });
});

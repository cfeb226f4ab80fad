import { emptyNote } from '../content/empty-note';
import type { NoteModule } from '../content/note-module';
import type { NoteSummary } from '../content/note-summary';
import type { Selection } from './selection';
import { makeQuestion } from '../../test/test-questions';
import { loadItems, loadSessionItems, neededSlugs, type LoadHistory } from './load-items';

const summary = (slug: string, tags: string[], questionIds: string[]): NoteSummary => ({
  slug, file: `${slug}.md`, title: slug, tags, aliases: [], questionCount: questionIds.length, questionIds, errorCount: 0,
});
const summaries = [
  summary('kms', ['service/kms', 'security/encryption'], ['k1', 'k2']),
  summary('s3', ['service/s3'], ['s1']),
  summary('reading', ['service/kms'], []),
  summary('glue', ['data/glue'], ['g1']),
];
const note = (slug: string, tags: string[], ids: string[]): NoteModule => ({
  ...emptyNote(`${slug}.md`, slug, slug, { tags, questions: ids.map((id) => makeQuestion(id, ['a', 'b'], ['A'])) }),
  diagrams: [],
});
const vault: Record<string, NoteModule> = {
  kms: note('kms', ['service/kms'], ['k1', 'k2']),
  s3: note('s3', ['service/s3'], ['s1']),
  glue: note('glue', ['data/glue'], ['g1']),
};
const attempt = (questionId: string, noteSlug: string, correct: boolean) => ({ questionId, noteSlug, correct, at: '2026-01-01T00:00:00Z' });
const history: LoadHistory = { attempts: [attempt('k2', 'kms', false), attempt('s1', 's3', true)], flagged: [] };

describe('neededSlugs', () => {
  test.each([
    [{ kind: 'note', slug: 'kms' }, ['kms']],
    [{ kind: 'note', slug: 'reading' }, []],
    [{ kind: 'note', slug: 'nope' }, []],
    [{ kind: 'tag', tag: 'service/kms' }, ['kms']],
    [{ kind: 'tag', tag: 'service/*' }, ['kms', 's3']],
    [{ kind: 'all' }, ['kms', 's3', 'glue']],
    [{ kind: 'wrong' }, ['kms']],
    [{ kind: 'ids', ids: ['s1'] }, ['s3']],
  ] as [Selection, string[]][])('%j opens %j', (selection, slugs) => {
    expect(neededSlugs(selection, summaries, history)).toEqual(slugs);
  });

  test('a flagged question never answered is found by the index, which knows every note\'s question ids', () => {
    expect(neededSlugs({ kind: 'flagged' }, summaries, { ...history, flagged: ['g1'] })).toEqual(['glue']);
  });

  test('an answer recorded under a note since renamed still finds the note that holds its question', () => {
    const renamed: LoadHistory = { attempts: [{ ...history.attempts[0]!, noteSlug: 'old-kms-name' }], flagged: [] };
    expect(neededSlugs({ kind: 'wrong' }, summaries, renamed)).toEqual(['kms']);
  });
});

describe('loadItems', () => {
  const loader = vi.fn(async (slug: string) => vault[slug]);

  test('loads only the slugs asked for and selects within them', async () => {
    loader.mockClear();
    const { items, notes } = await loadItems({ kind: 'wrong' }, ['kms'], history, loader);
    expect(loader.mock.calls.map(([slug]) => slug)).toEqual(['kms']);
    expect(items.map((item) => item.question.id)).toEqual(['k2']);
    expect([...notes.keys()]).toEqual(['kms']);
  });

  test('a saved session finds a question that left its selection through its attempt', async () => {
    const session = { selection: { kind: 'tag' as const, tag: 'service/kms' }, questionIds: ['k1', 's1'] };
    const { items } = await loadSessionItems(session, summaries, history, loader);
    expect(items.map((item) => item.question.id).sort()).toEqual(['k1', 's1']);
  });
});

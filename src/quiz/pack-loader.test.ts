import type { QuizNote } from '../content/note-module';
import { loadItems } from './load-items';
import { packNoteLoader } from './pack-loader';

const quizNote = (slug: string): QuizNote => ({ slug, title: slug, heading: null, tags: [], questions: [], reason: null, diagrams: [] });
const slugs = ['a', 'b', 'reading', 'c', 'd'];
const packOf = [0, 1, -1, 0, 1];
const packs: Record<number, QuizNote[]> = { 0: [quizNote('a'), quizNote('c')], 1: [quizNote('b'), quizNote('d')] };

describe('packNoteLoader', () => {
  test.each([
    ['every note', ['a', 'b', 'c', 'd'], [0, 1], ['a', 'b', 'c', 'd']],
    ['the notes of one pack', ['a', 'c'], [0], ['a', 'c']],
    ['a note without questions opens nothing', ['reading'], [], []],
    ['an unknown slug opens nothing', ['nope'], [], []],
  ])('%s: fetches each pack once', async (_, wanted, fetched, found) => {
    const loadPack = vi.fn(async (pack: number) => packs[pack] ?? []);
    const load = packNoteLoader(slugs, packOf, loadPack);
    const { notes } = await loadItems({ kind: 'all' }, wanted, { attempts: [], flagged: [] }, load);
    expect(loadPack.mock.calls.map(([pack]) => pack).sort()).toEqual(fetched);
    expect([...notes.keys()].sort()).toEqual(found);
  });

  test('a pack that failed to load is fetched again next time', async () => {
    const loadPack = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(packs[0]);
    const load = packNoteLoader(slugs, packOf, loadPack);
    await expect(load('a')).rejects.toThrow('offline');
    await expect(load('a')).resolves.toMatchObject({ slug: 'a' });
    expect(loadPack).toHaveBeenCalledTimes(2);
  });
});

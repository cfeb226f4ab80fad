import { buildHomeData, countTags, HOME_TAGS, RECENT_NOTES } from './home-data';
import type { NoteSummary } from './note-summary';
import type { Note } from './types';

const summary = (slug: string, tags: string[], questionCount = 1): NoteSummary => ({
  slug, file: `${slug}.md`, title: slug, tags, aliases: [], questionCount, questionIds: [], errorCount: 0,
});
const note = (modified: string | null, created: string | null = null) => ({ modified, created }) as Note;

describe('countTags', () => {
  test.each([
    ['counts each note once per tag', [['a', 'b'], ['b'], ['b', 'b']], [{ tag: 'b', count: 3 }, { tag: 'a', count: 1 }]],
    ['breaks ties by name', [['z', 'c']], [{ tag: 'c', count: 1 }, { tag: 'z', count: 1 }]],
    ['an empty vault has no tags', [], []],
  ])('%s', (_name, tagLists, expected) => {
    expect(countTags(tagLists.map((tags) => ({ tags })))).toEqual(expected);
  });
});

describe('buildHomeData', () => {
  test('counts notes, questions and untagged notes, and lists the most recently modified first', () => {
    const summaries = [summary('old', ['x'], 2), summary('new', [], 0), summary('mid', ['x'])];
    const notes = [note('2025-01-01'), note('2026-05-01'), note(null, '2025-06-01')];
    const data = buildHomeData(notes, summaries);
    expect(data).toMatchObject({ noteCount: 3, questionCount: 3, untaggedCount: 1, tags: [{ tag: 'x', count: 2 }] });
    expect(data.recent.map((s) => s.slug)).toEqual(['new', 'mid', 'old']);
  });

  test(`keeps only ${RECENT_NOTES} recent notes however large the vault`, () => {
    const summaries = Array.from({ length: 50 }, (_, i) => summary(`n${i}`, ['t']));
    const data = buildHomeData(summaries.map(() => note('2026-01-01')), summaries);
    expect(data.recent).toHaveLength(RECENT_NOTES);
    expect(data.tags).toEqual([{ tag: 't', count: 50 }]);
  });

  test(`groups by the ${HOME_TAGS} most used tags but counts them all`, () => {
    const summaries = Array.from({ length: 100 }, (_, i) => summary(`n${i}`, [`tag/${i}`, 'common']));
    const data = buildHomeData(summaries.map(() => note(null)), summaries);
    expect(data.tagCount).toBe(101);
    expect(data.tags).toHaveLength(HOME_TAGS);
    expect(data.tags[0]).toEqual({ tag: 'common', count: 100 });
  });
});

import type { NoteSummary } from './note-summary';
import { groupByTag } from './tag-groups';

const note = (slug: string, tags: string[]): NoteSummary => ({
  slug, file: `${slug}.md`, title: slug, tags, aliases: [], questionCount: 1, errorCount: 0,
});

describe('groupByTag', () => {
  test('a note appears under each tag, biggest group first, untagged last', () => {
    const groups = groupByTag([note('a', ['service/kms', 'service/s3']), note('b', ['service/s3']), note('c', [])]);
    expect(groups.map((g) => [g.tag, g.notes.map((n) => n.slug)])).toEqual([
      ['service/s3', ['a', 'b']],
      ['service/kms', ['a']],
      [null, ['c']],
    ]);
  });

  test('ties are broken by tag name', () => {
    expect(groupByTag([note('a', ['z', 'b'])]).map((g) => g.tag)).toEqual(['b', 'z']);
  });

  test('an empty vault has no groups', () => {
    expect(groupByTag([])).toEqual([]);
  });
});

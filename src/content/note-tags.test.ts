import { parseNote } from './parse-note.ts';
import { boundTag, MAX_TAG_DEPTH, MAX_TAG_LENGTH } from './tags.ts';

const levels = (n: number) => Array.from({ length: n }, (_, i) => `l${i}`).join('/');

describe('boundTag', () => {
  test.each([
    ['a short tag', 'aws/kms', { tag: 'aws/kms', depth: null, length: null }],
    ['exactly the deepest kept', levels(MAX_TAG_DEPTH), { tag: levels(MAX_TAG_DEPTH), depth: null, length: null }],
    ['20,000 levels', levels(20_000), { tag: levels(MAX_TAG_DEPTH), depth: 20_000, length: null }],
    ['5,000 characters', 'x'.repeat(5_000), { tag: 'x'.repeat(MAX_TAG_LENGTH), depth: null, length: 5_000 }],
    ['long Hangul counts characters, not bytes', '가'.repeat(MAX_TAG_LENGTH), { tag: '가'.repeat(MAX_TAG_LENGTH), depth: null, length: null }],
  ])('%s', (_case, tag, expected) => {
    expect(boundTag(tag)).toEqual(expected);
  });
});

describe('tags bounded at read time', () => {
  test.each([
    ['frontmatter', (tag: string) => `---\ntags: [${tag}]\n---\n# Note\n`, 2],
    ['inline', (tag: string) => `# Note\n\nText #${tag} here.\n`, 3],
  ])('a tag 50,000 levels deep (%s) is cut to the first levels, with a warning on its line', (_where, note, line) => {
    const { note: parsed, diagnostics } = parseNote(note(levels(50_000)), 'deep.md');
    expect(parsed.tags).toEqual([levels(MAX_TAG_DEPTH)]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'tag-too-deep', line, args: expect.objectContaining({ depth: 50_000, max: MAX_TAG_DEPTH }) }),
    ]);
  });

  test('a 5,000-character tag is cut, and the message quotes only its start', () => {
    const { note, diagnostics } = parseNote(`---\ntags: [${'가'.repeat(5_000)}]\n---\n# Note\n`, 'long.md');
    expect(note.tags).toEqual(['가'.repeat(MAX_TAG_LENGTH)]);
    expect(diagnostics[0]).toMatchObject({ code: 'tag-too-long', args: { length: 5_000, max: MAX_TAG_LENGTH } });
    expect(diagnostics[0]?.message.length).toBeLessThan(150);
  });

  test('two tags cut to the same levels become one', () => {
    const { note } = parseNote(`---\ntags: [${levels(12)}, ${levels(11)}]\n---\n# Note\n`, 'two.md');
    expect(note.tags).toEqual([levels(MAX_TAG_DEPTH)]);
  });
});

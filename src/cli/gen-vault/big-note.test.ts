import { parseNote } from '../../content/parse-note';
import { BIG_NOTE_IMAGE_HOST, BIG_NOTE_MARKS, generateBigNote } from './big-note';

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('generateBigNote', () => {
  test.each([
    [20_000, 1],
    [120_000, 3],
  ])('a note of at least %i bytes with %i questions, lists, code, tables, flows and remote images', (size, questions) => {
    const markdown = generateBigNote(size, 'test', questions);
    expect(bytes(markdown)).toBeGreaterThanOrEqual(size);
    expect(bytes(markdown)).toBeLessThan(size * 1.2);
    const { note, diagnostics } = parseNote(markdown, 'big-note.md');
    expect(note.heading).toBe(BIG_NOTE_MARKS.title);
    expect(note.questions).toHaveLength(questions);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(markdown).toContain(BIG_NOTE_MARKS.first);
    expect(markdown.trimEnd().split('\n').at(-3)).toBe(`## ${BIG_NOTE_MARKS.end}`);
    for (const kind of ['\n- ', '\n| --- |', '\n```', '\n## Part 1:']) expect(markdown).toContain(kind);
    expect(markdown).toContain(`](https://${BIG_NOTE_IMAGE_HOST}/`);
  });

  test('the same seed gives the same note', () => {
    expect(generateBigNote(30_000, 'a')).toBe(generateBigNote(30_000, 'a'));
    expect(generateBigNote(30_000, 'a')).not.toBe(generateBigNote(30_000, 'b'));
  });
});

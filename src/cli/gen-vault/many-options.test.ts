import { parseNote } from '../../content/parse-note';
import { generateManyOptionsNote, MANY_OPTIONS_MARKS } from './many-options';

describe('generateManyOptionsNote', () => {
  test.each([1, 6, 7, 100])('%i option lines read as at most six options, every repeat reported on its line', (count) => {
    const markdown = generateManyOptionsNote(count);
    const { note, diagnostics } = parseNote(markdown, 'many-options.md');
    const question = note.questions[0];
    expect(note.heading).toBe(MANY_OPTIONS_MARKS.title);
    expect(question?.stem).toBe(MANY_OPTIONS_MARKS.stem);
    expect(question?.options).toHaveLength(Math.min(count, 6));
    expect(note.flows).toHaveLength(1);
    const lines = markdown.split('\n');
    const repeats = diagnostics.filter((d) => d.code === 'option-repeated');
    expect(repeats).toHaveLength(Math.max(0, count - 6));
    for (const repeat of repeats) expect(lines[repeat.line - 1]).toMatch(new RegExp(`^- ${String(repeat.args.label)}\\) Option \\d+:`));
  });

  test('the same arguments give the same note', () => {
    expect(generateManyOptionsNote(40)).toBe(generateManyOptionsNote(40));
  });
});

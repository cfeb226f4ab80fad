import type { RawOption } from './options';
import { startRead, takeOptions } from './question-read';

const lines = (labels: string) => [...labels].map((label, i): RawOption => ({ label, text: `option ${i + 1}`, line: 10 + i }));

describe('takeOptions', () => {
  test.each([
    ['ABCD', [], 'ABCD', ''],
    ['ABAC', [], 'ABC', 'A'],
    ['ABCDEF'.repeat(3), [], 'ABCDEF', 'ABCDEF'.repeat(2)],
    ['CD', ['AB'], 'ABCD', ''],
    ['BE', ['AB'], 'ABE', 'B'],
  ])('lines %s after %j: options read against %s, repeats set aside %s', (written, before, options, repeated) => {
    const read = startRead('', () => 1);
    for (const batch of before) takeOptions(read, { options: lines(batch), stray: [], after: [] });
    takeOptions(read, { options: lines(written), stray: [], after: [] });
    expect(read.draft.options.map((option) => option.label).join('')).toBe(options);
    expect(read.draft.repeated.map((option) => option.label).join('')).toBe(repeated);
  });

  test('a thousand option lines leave one option per letter for the answer and every explanation bullet', () => {
    const read = startRead('', () => 1);
    takeOptions(read, { options: lines('ABCDEF'.repeat(167).slice(0, 1000)), stray: [], after: [] });
    expect(read.draft.options).toHaveLength(6);
    expect(read.draft.repeated.map((option) => option.line)).toEqual(Array.from({ length: 994 }, (_, i) => 16 + i));
  });
});

import type { NoteBlock } from '../../content/types.ts';
import { isLongNote, splitBody } from './note-parts.ts';

const md = (bytes: number, mark = 'x'): NoteBlock => ({ kind: 'markdown', markdown: '', html: mark.repeat(bytes) });

describe('splitBody', () => {
  test.each<[string, NoteBlock[], number, string[], string[]]>([
    ['a short body stays whole', [md(10), md(10)], 100, ['markdown', 'markdown'], []],
    ['blocks past the first bytes become parts, in order', [md(60, 'a'), md(60, 'b'), md(60, 'c')], 100, ['markdown', 'markdown', 'part'], ['c'.repeat(60)]],
    ['one block larger than the first bytes stays in the first draw', [md(500, 'a'), md(10, 'b')], 100, ['markdown', 'part'], ['b'.repeat(10)]],
    [
      'questions and flows stay components wherever they are',
      [md(120, 'a'), { kind: 'question', index: 0 }, md(10, 'b'), { kind: 'flow', index: 0 }, md(10, 'c')],
      100,
      ['markdown', 'question', 'part', 'flow', 'part'],
      ['b'.repeat(10), 'c'.repeat(10)],
    ],
  ])('%s', (_name, blocks, first, kinds, parts) => {
    const split = splitBody(blocks, first);
    expect(split.blocks.map((block) => block.kind)).toEqual(kinds);
    expect(split.parts).toEqual(parts);
    expect(split.blocks.flatMap((block) => (block.kind === 'part' ? [block.index] : []))).toEqual(parts.map((_, i) => i));
  });
});

test.each([
  ['a note of a few paragraphs', 2_000, false],
  ['a note of megabytes', 2_000_000, true],
])('isLongNote: %s', (_name, bytes, long) => {
  expect(isLongNote({ blocks: [{ kind: 'markdown', markdown: 'x'.repeat(bytes) }, { kind: 'question', index: 0 }] })).toBe(long);
});

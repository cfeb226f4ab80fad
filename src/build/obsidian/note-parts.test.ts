import type { NoteBlock } from '../../content/types.ts';
import type { NoteModule } from '../../content/note-module.ts';
import { isLongNote, moveWidgets, splitBody } from './note-parts.ts';

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
    // A question or flow names the part before it, whose chunk carries its data; none before, the page's.
    const widgetParts = split.blocks.flatMap((block, i) => {
      if (block.kind !== 'question' && block.kind !== 'flow') return [];
      const before = split.blocks.slice(0, i).filter((b) => b.kind === 'part');
      return [before.length > 0 ? before.length - 1 : undefined];
    });
    expect(split.blocks.flatMap((block) => (block.kind === 'question' || block.kind === 'flow' ? [block.part] : []))).toEqual(widgetParts);
    expect(split.parts).toEqual(parts);
    expect(split.blocks.flatMap((block) => (block.kind === 'part' ? [block.index] : []))).toEqual(parts.map((_, i) => i));
  });
});

describe('moveWidgets', () => {
  const question = (id: string) => ({ id, stem: id, multi: false, options: [], answer: [], notes: [], line: 1 });
  const flow = (source: string) => ({ source, line: 1 });
  const diagram = (title: string) => ({ title }) as unknown as NoteModule['diagrams'][number];
  const note = {
    questions: [question('q0'), question('q1')],
    flows: [flow('f0'), flow('f1'), flow('f2')],
    diagrams: [diagram('d0'), diagram('d1'), diagram('d2')],
    blocks: [md(120, 'a'), { kind: 'question', index: 0 }, { kind: 'flow', index: 0 }, md(10, 'b'), { kind: 'flow', index: 1 }, md(10, 'c'), { kind: 'question', index: 1 }, { kind: 'flow', index: 2 }],
  } as unknown as NoteModule;

  test('the data of each question and diagram past the first part goes to the part before it, the rest stays', () => {
    const split = splitBody(note.blocks, 100);
    const { module, widgets } = moveWidgets({ ...note, blocks: split.blocks }, split.parts.length);
    expect(module.questions).toEqual([question('q0'), null]);
    expect(module.flows).toEqual([flow('f0'), null, null]);
    expect(module.diagrams).toEqual([diagram('d0'), null, null]);
    expect(widgets).toEqual([
      { questions: [], flows: [[1, flow('f1')]], diagrams: [[1, diagram('d1')]] },
      { questions: [[1, question('q1')]], flows: [[2, flow('f2')]], diagrams: [[2, diagram('d2')]] },
    ]);
  });

  test('a note that is not split keeps all its data', () => {
    const { module, widgets } = moveWidgets(note, 0);
    expect(module).toEqual(note);
    expect(widgets).toEqual([]);
  });
});

test.each([
  ['a note of a few paragraphs', 2_000, false],
  ['a note of megabytes', 2_000_000, true],
])('isLongNote: %s', (_name, bytes, long) => {
  expect(isLongNote({ blocks: [{ kind: 'markdown', markdown: 'x'.repeat(bytes) }, { kind: 'question', index: 0 }] })).toBe(long);
});

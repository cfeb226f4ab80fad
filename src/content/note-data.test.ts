import fc from 'fast-check';
import type { NoteModule } from './note-module.ts';
import { packNote, unpackNote } from './note-data.ts';
import type { NoteBlock } from './types.ts';

const question = (n: number) => ({ id: `q${n}`, stem: `q${n}`, multi: false, options: [], answer: [], notes: [], line: 1 });
const flow = (n: number) => ({ source: `a → b${n}`, line: 1 });
const diagram = (n: number) => ({ title: `d${n}` }) as unknown as NoteModule['diagrams'][number];

/**
 * A note as the build gives it to a page (splitBody, then moveWidgets): `head` kinds in the first part, then
 * `later` kinds, each `p` a later part and each `f`/`q` a flow or question whose data travels with the part
 * before it (its place in the note's arrays empty).
 */
function builtNote(head: string, later: string): NoteModule {
  const blocks: NoteBlock[] = [];
  const questions: (ReturnType<typeof question> | null)[] = [];
  const flows: (ReturnType<typeof flow> | null)[] = [];
  const diagrams: (NoteModule['diagrams'][number] | null)[] = [];
  let part: number | undefined;
  let parts = 0;
  for (const [i, kind] of [...head, ...later].entries()) {
    const moved = i >= head.length;
    if (kind === 'm') blocks.push({ kind: 'markdown', markdown: '', html: `<p>${i}</p>` });
    else if (kind === 'p') {
      part = parts++;
      blocks.push({ kind: 'part', index: part });
    } else if (kind === 'q') {
      blocks.push({ kind: 'question', index: questions.length, ...(moved ? { part } : {}) });
      questions.push(moved ? null : question(questions.length));
    } else {
      blocks.push({ kind: 'flow', index: flows.length, ...(moved ? { part } : {}) });
      flows.push(moved ? null : flow(flows.length));
      diagrams.push(moved ? null : diagram(diagrams.length));
    }
  }
  return {
    file: 'long.md', slug: 'long', title: 'Long', heading: 'Long', tags: [], aliases: [], created: null, modified: null,
    reason: null, diagnostics: [], questions, flows, diagrams, blocks,
  } as unknown as NoteModule;
}

/** How many values React Router's page data writes for `value` (turbo-stream: one per object, array and primitive). */
function values(value: unknown): number {
  if (Array.isArray(value)) return 1 + value.reduce((sum: number, item) => sum + values(item), 0);
  if (value !== null && typeof value === 'object') return 1 + Object.entries(value).reduce((sum, [, item]) => sum + 1 + values(item), 0);
  return 1;
}

// What the page's data goes through: React Router writes it as JSON-like values, the browser reads it back.
const overTheWire = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('a note as its page data carries it', () => {
  test('a long note of parts and widgets travels as its first part, a letter per later block and no empty places', () => {
    const note = builtNote('mmfqm', 'pfpfpqpf'.repeat(500));
    const packed = packNote(note);
    expect(packed.head).toEqual(note.blocks.slice(0, 5));
    expect(packed.later?.kinds).toHaveLength(4000);
    const rest = JSON.parse(packed.rest) as NoteModule;
    expect(rest.flows).toEqual([flow(0)]);
    expect(rest.diagrams).toEqual([diagram(0)]);
    expect(rest.questions).toEqual([question(0)]);
    // Thousands of blocks and places: the data is a small part of the note's as it was.
    expect(JSON.stringify(packed).length * 5).toBeLessThan(JSON.stringify(note).length);
    expect(unpackNote(overTheWire(packed))).toEqual(note);
  });

  test('any note the build makes comes back as it was', () => {
    const kinds = (letters: string) => fc.array(fc.constantFrom(...letters), { maxLength: 40 }).map((list) => list.join(''));
    fc.assert(
      fc.property(kinds('mfq'), kinds('pfq'), (head, rest) => {
        // The later blocks start at a part, as splitBody writes them.
        const note = builtNote(head, rest === '' ? '' : `p${rest}`);
        expect(unpackNote(overTheWire(packNote(note)))).toEqual(note);
      }),
    );
  });

  test('later blocks in an order the letters cannot say travel as they are, and come back as they were', () => {
    const note = builtNote('m', 'pfpf');
    // A flow out of order, then one without its part.
    for (const blocks of [
      [note.blocks[0], note.blocks[1], { kind: 'flow', index: 1, part: 0 }, note.blocks[3], { kind: 'flow', index: 0, part: 1 }],
      [...note.blocks.slice(0, 4), { kind: 'flow', index: 1 }],
      [...note.blocks.slice(0, 3), { kind: 'markdown', markdown: 'm' }],
    ] as NoteBlock[][]) {
      const odd = { ...note, blocks };
      const packed = packNote(odd);
      expect(packed.later).toBeUndefined();
      expect(packed.head).toEqual(blocks);
      expect(unpackNote(overTheWire(packed))).toEqual(odd);
    }
  });

  test('a note that is not split is its data, with what else the page data holds', () => {
    const note = { ...builtNote('mqmf', ''), description: 'A note.' };
    const packed = packNote(note);
    expect(packed.head).toBe(note.blocks);
    expect(unpackNote(packed).description).toBe('A note.');
    expect(unpackNote(overTheWire(packed))).toEqual(note);
  });

  test('the same data gives the same note, so the loader and the page draw from one', () => {
    const packed = overTheWire(packNote(builtNote('m', 'pfpf')));
    expect(unpackNote(packed)).toBe(unpackNote(packed));
  });

  test('however much its questions and diagrams hold, they are one value of the page data', () => {
    // The page decodes its data value by value before it starts (a phone spent ~0.2 ms a value).
    const plain = builtNote('mfqm', '');
    const option = (label: string) => ({ label, text: label, correct: label === 'A', explanation: null });
    const node = (n: number) => ({ id: `n${n}`, label: `node ${n}`, row: n, col: 0, rowSpan: 1, width: 6 });
    const rich = {
      ...plain,
      questions: [{ ...question(0), options: ['A', 'B', 'C', 'D'].map(option), answer: ['A'] }],
      diagrams: [{ ...diagram(0), nodes: [1, 2, 3, 4, 5, 6].map(node), edges: [{ from: 'n1', to: 'n2' }] }],
    } as unknown as NoteModule;
    expect(values(packNote(rich))).toBe(values(packNote(plain)));
    expect(unpackNote(overTheWire(packNote(rich)))).toEqual(rich);
  });
});

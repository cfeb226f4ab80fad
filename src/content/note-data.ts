import type { NoteModule } from './note-module.ts';
import type { NoteBlock } from './types.ts';

/**
 * A long note's blocks from its first later part on, as few values as the page's data can carry: one letter
 * per block (`p` a later part, `f` a flow, `q` a question), each index one more than the last of its kind
 * from `start`, and a flow's or question's part the last part before it, as the build places them
 * (splitBody). The 20 MB note has ~5,000 such blocks: as objects they were ~5,000 values of React Router's
 * turbo-stream, decoded in one task before the page answered input (370-490 ms of CPU on a phone).
 */
export interface LaterBlocks {
  kinds: string;
  /** The index of the first later part, flow and question. */
  start: { part: number; flow: number; question: number };
}

/**
 * A note as its page's data carries it: `head` the blocks before a long note's first later part (all of a
 * note that is not split), `later` the rest when they could be written as {@link LaterBlocks}, and everything
 * else as one JSON text (`rest`), with each of `questions`, `flows` and `diagrams` without the empty places at
 * its end (those a long note's later parts carry: thousands at 20 MB) and `lengths` their lengths.
 * {@link unpackNote} gives the note back.
 *
 * React Router writes a page's data as a flat array of values (turbo-stream), and the browser decodes a
 * pre-rendered page's inline copy of it in one task before the app starts, at a cost per value (a closure
 * and a property defined each, in code run once: on a phone, CPU x4, ~0.2 ms a value). The 20 MB note's
 * ~400 values were ~330 of its first part's ten diagrams (nodes, edges, labels) and flows, a sample note's
 * ~230 its diagrams, questions and outline; as one string each is one value, which JSON.parse reads at native
 * speed. `head` stays values: the page's inline data leaves out the HTML of the blocks it shows there
 * (src/app/shown-html-data.ts).
 */
export interface PackedNote<T extends NoteModule = NoteModule> {
  head: NoteBlock[];
  later?: LaterBlocks;
  /** JSON of the note without `blocks` (see {@link PackedFields}). */
  rest: string;
  /** Only a type: what `rest` holds. */
  readonly fields?: PackedFields<T>;
}

/** What a packed note's `rest` holds. */
type PackedFields<T extends NoteModule> = Omit<T, 'blocks'> & { lengths: { questions: number; flows: number; diagrams: number } };

const LETTER = { part: 'p', flow: 'f', question: 'q' } as const;

/** The later blocks as {@link LaterBlocks}, or undefined when they are not in the order the build writes them. */
function packLater(blocks: readonly NoteBlock[]): LaterBlocks | undefined {
  const first = (kind: NoteBlock['kind']) => {
    const block = blocks.find((b) => b.kind === kind);
    return block && 'index' in block ? block.index : 0;
  };
  const start = { part: first('part'), flow: first('flow'), question: first('question') };
  const next = { ...start };
  let part: number | undefined;
  let kinds = '';
  for (const block of blocks) {
    if (block.kind === 'markdown') return undefined;
    if (block.index !== next[block.kind]) return undefined;
    if (block.kind === 'part') part = block.index;
    else if (block.part !== part) return undefined;
    next[block.kind] += 1;
    kinds += LETTER[block.kind];
  }
  return { kinds, start };
}

const PART = LETTER.part.charCodeAt(0);
const FLOW = LETTER.flow.charCodeAt(0);

/** The blocks {@link LaterBlocks} stands for, after `head` (one array, no copy of either: the 20 MB note has ~5,000). */
function unpackLater(head: readonly NoteBlock[], { kinds, start }: LaterBlocks): NoteBlock[] {
  const blocks: NoteBlock[] = head.slice();
  let { part, flow, question } = start;
  let current = part;
  for (let i = 0; i < kinds.length; i += 1) {
    const letter = kinds.charCodeAt(i);
    if (letter === PART) {
      current = part++;
      blocks.push({ kind: 'part', index: current });
    } else if (letter === FLOW) blocks.push({ kind: 'flow', index: flow++, part: current });
    else blocks.push({ kind: 'question', index: question++, part: current });
  }
  return blocks;
}

/** `values` without the empty (null or absent) places at its end. */
function withoutEmptyEnd<V>(values: readonly V[]): V[] {
  let end = values.length;
  while (end > 0 && values[end - 1] == null) end -= 1;
  return values.slice(0, end);
}

/** `values` grown back to `length` with empty (null) places (builtins only: thousands of places at 20 MB). */
function withEmptyEnd<V>(values: readonly V[], length: number): V[] {
  const all = values.slice();
  if (all.length >= length) return all;
  all.length = length;
  return all.fill(null as V, values.length);
}

/** A note as its page's data carries it (see {@link PackedNote}). */
export function packNote<T extends NoteModule>(note: T): PackedNote<T> {
  const { blocks, questions, flows, diagrams, ...other } = note;
  const firstPart = blocks.findIndex((block) => block.kind === 'part');
  const later = firstPart < 0 ? undefined : packLater(blocks.slice(firstPart));
  const fields = {
    ...other,
    questions: withoutEmptyEnd(questions),
    flows: withoutEmptyEnd(flows),
    diagrams: withoutEmptyEnd(diagrams),
    lengths: { questions: questions.length, flows: flows.length, diagrams: diagrams.length },
  };
  return { head: later ? blocks.slice(0, firstPart) : blocks, ...(later ? { later } : {}), rest: JSON.stringify(fields) };
}

// One note per packed note: the route's client loader, its page and its <meta> read the same data, and get the same note.
const unpacked = new WeakMap<object, NoteModule>();

/** The note a {@link PackedNote} carries, as {@link packNote} was given it. */
export function unpackNote<T extends NoteModule>(packed: PackedNote<T>): T {
  const known = unpacked.get(packed);
  if (known) return known as T;
  const { head, later, rest } = packed;
  const { lengths, questions, flows, diagrams, ...other } = JSON.parse(rest) as PackedFields<NoteModule>;
  const note = {
    ...other,
    questions: withEmptyEnd(questions, lengths.questions),
    flows: withEmptyEnd(flows, lengths.flows),
    diagrams: withEmptyEnd(diagrams, lengths.diagrams),
    blocks: later ? unpackLater(head, later) : head,
  } as unknown as T;
  unpacked.set(packed, note);
  return note;
}

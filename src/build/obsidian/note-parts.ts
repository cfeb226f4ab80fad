import type { NoteModule, PartWidgets } from '../../content/note-module.ts';
import type { Note, NoteBlock } from '../../content/types.ts';

/**
 * The HTML bytes of a long note's body that its page data carries: what the page draws at once when the
 * app (not the pre-rendered HTML) shows the note. The parts after it are modules of their own.
 */
export const FIRST_BYTES = 64 * 1024;

/**
 * Whether a note is long enough to be split into parts, judged by its Markdown so that the browser's bundle
 * (which lists the long notes' part loaders) and the pre-render decide alike without rendering every note:
 * HTML is rarely shorter than half its Markdown, so a note under this never reaches FIRST_BYTES of HTML.
 */
export function isLongNote(note: Pick<Note, 'blocks'>): boolean {
  let bytes = 0;
  for (const block of note.blocks) if (block.kind === 'markdown') bytes += block.markdown.length;
  return bytes > FIRST_BYTES / 2;
}

/**
 * The most HTML bytes of later parts one chunk carries in the browser. A part is a Markdown run between two
 * questions or diagrams (~12 kB in a note of prose and diagrams): one chunk each, a 20 MB note was ~2,500
 * requests, and reached by a link it took 24-36 s to be whole, while the pre-rendered page streams in 5 s.
 * A chunk of this size is one request and one JSON.parse of a few milliseconds.
 */
export const PART_CHUNK_BYTES = 256 * 1024;

/**
 * Consecutive parts grouped into chunks, as `[start, end)` ranges in order: a chunk takes parts while it
 * stays within `maxBytes` of HTML (by `sizes`), and always at least one, so a part larger than that is alone.
 */
export function partChunks(sizes: readonly number[], maxBytes = PART_CHUNK_BYTES): [number, number][] {
  const chunks: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  sizes.forEach((size, index) => {
    if (index > start && bytes + size > maxBytes) {
      chunks.push([start, index]);
      start = index;
      bytes = 0;
    }
    bytes += size;
  });
  if (sizes.length > start) chunks.push([start, sizes.length]);
  return chunks;
}

/** A long note's body split: blocks with later parts as `{ kind: 'part' }`, and each part's HTML by index. */
export interface SplitBody {
  blocks: NoteBlock[];
  parts: string[];
}

/**
 * Keeps the first `firstBytes` of rendered Markdown (and every question and flow, which the page draws as
 * components) in the blocks and moves each later Markdown block's HTML out to `parts`, in order. A question
 * or flow after a part names it (`part`): its data travels in that part's chunk (see moveWidgets).
 */
export function splitBody(blocks: readonly NoteBlock[], firstBytes = FIRST_BYTES): SplitBody {
  const parts: string[] = [];
  let bytes = 0;
  const kept = blocks.map((block): NoteBlock => {
    if (block.kind === 'question' || block.kind === 'flow') return parts.length > 0 ? { ...block, part: parts.length - 1 } : block;
    if (block.kind !== 'markdown') return block;
    const html = block.html ?? block.markdown;
    bytes += html.length;
    // The block that crosses the line stays: the first draw always holds at least one.
    if (bytes - html.length < firstBytes) return block;
    parts.push(html);
    return { kind: 'part', index: parts.length - 1 };
  });
  return { blocks: kept, parts };
}

/**
 * Takes the questions, flows and diagrams that split blocks place in later parts out of the note's data
 * (their places left `null`, so indices and counts hold) and groups them by part: the page's data, decoded
 * in one task before the first paint answers input, then grows with the first part only, not the note.
 */
export function moveWidgets(module: NoteModule, partCount: number): { module: NoteModule; widgets: PartWidgets[] } {
  const widgets = Array.from({ length: partCount }, (): PartWidgets => ({ questions: [], flows: [], diagrams: [] }));
  const questions: (NoteModule['questions'][number] | null)[] = [...module.questions];
  const flows: (NoteModule['flows'][number] | null)[] = [...module.flows];
  const diagrams: (NoteModule['diagrams'][number] | null)[] = [...module.diagrams];
  for (const block of module.blocks) {
    const to = block.kind === 'question' || block.kind === 'flow' ? block.part : undefined;
    const into = to === undefined ? undefined : widgets[to];
    if (!into || (block.kind !== 'question' && block.kind !== 'flow')) continue;
    if (block.kind === 'question') {
      const question = module.questions[block.index];
      if (question) into.questions.push([block.index, question]);
      questions[block.index] = null;
      continue;
    }
    const flow = module.flows[block.index];
    const diagram = module.diagrams[block.index];
    if (flow) into.flows.push([block.index, flow]);
    if (diagram) into.diagrams.push([block.index, diagram]);
    flows[block.index] = null;
    diagrams[block.index] = null;
  }
  // The holes are `null` in the JSON the page gets; every reader of these arrays treats a missing entry as absent.
  return { module: { ...module, questions, flows, diagrams } as NoteModule, widgets };
}

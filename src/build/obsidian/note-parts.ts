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

/** A long note's body split: blocks with later parts as `{ kind: 'part' }`, and each part's HTML by index. */
export interface SplitBody {
  blocks: NoteBlock[];
  parts: string[];
}

/**
 * Keeps the first `firstBytes` of rendered Markdown (and every question and flow, which the page draws as
 * components) in the blocks and moves each later Markdown block's HTML out to `parts`, in order.
 */
export function splitBody(blocks: readonly NoteBlock[], firstBytes = FIRST_BYTES): SplitBody {
  const parts: string[] = [];
  let bytes = 0;
  const kept = blocks.map((block): NoteBlock => {
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

import type { NoteModule } from '../../content/note-module';

/** The Markdown blocks a note page draws as its body's own elements: those before a long note's first later part. */
function shownBlocks(note: NoteModule): number[] {
  const shown: number[] = [];
  for (const [i, block] of note.blocks.entries()) {
    if (block.kind === 'part') break;
    if (block.kind === 'markdown') shown.push(i);
  }
  return shown;
}

const filled = new WeakMap<NoteModule, NoteModule>();

/**
 * `note` with the HTML its page's inline data left out (null, see src/app/shown-html-data.ts) taken from the
 * elements of `body()`, the pre-rendered page's note body being hydrated (asked for only then): its children of
 * class `markdown` are its Markdown blocks, in order. So a block drawn again in the browser (not hydrated) draws what the page showed. The
 * same note when nothing was left out, or when the page's elements are not the blocks' (the HTML stays null).
 */
export function withShownHtml(note: NoteModule, body: () => Element | null): NoteModule {
  const known = filled.get(note);
  if (known) return known;
  const shown = shownBlocks(note);
  const left = shown.some((i) => note.blocks[i]?.kind === 'markdown' && note.blocks[i].html === null);
  const element = left ? body() : null;
  const elements = element ? [...element.children].filter((child) => child.classList.contains('markdown')) : [];
  if (!left || elements.length !== shown.length) {
    filled.set(note, note);
    return note;
  }
  const blocks = note.blocks.slice();
  shown.forEach((i, n) => {
    const block = blocks[i];
    if (block?.kind === 'markdown' && block.html === null) blocks[i] = { ...block, html: elements[n]?.innerHTML ?? null };
  });
  const whole = { ...note, blocks };
  filled.set(note, whole);
  return whole;
}

/** The pre-rendered note body of the page, if any: where {@link withShownHtml} reads. */
export function pageNoteBody(): Element | null {
  return typeof document === 'undefined' ? null : document.querySelector('.note-page > .note-body');
}

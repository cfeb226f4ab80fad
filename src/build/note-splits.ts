/**
 * Each note of a loaded vault, rendered and split for its modules (src/build/split-note.ts): taken from the
 * render workers when one rendered it (src/build/render-pool.ts), else rendered on this thread.
 */
import type { NoteModule } from '../content/note-module.ts';
import type { Note } from '../content/types.ts';
import { isLongNote } from './obsidian/note-parts.ts';
import type { RenderedNote } from './obsidian/render-vault.ts';
import type { VaultReading } from './reading/reading-aids.ts';
import type { RenderedNotes } from './render-pool.ts';
import { splitNote, type SplitNote } from './split-note.ts';

/** The split notes of one vault. */
export interface NoteSplits {
  /** The note `slug` split for its modules, or undefined when the vault has no such note. */
  get: (slug: string) => Promise<SplitNote | undefined>;
  /** How many notes this thread rendered itself (the workers rendered the rest). */
  readonly renderedHere: number;
}

/** What the splits read of the vault. */
export interface SplitSource {
  bySlug: ReadonlyMap<string, NoteModule>;
  /** Renders a note on this thread. */
  render: (note: Note) => RenderedNote;
  /** The notes the workers render, or null when there are none. */
  rendered: RenderedNotes | null;
  reading: VaultReading;
}

/**
 * The splits of `vault`. A long note's split is kept: its chunk, its part list and each part (in either bundle)
 * read the same one, and splitting again per part module (the quiz JSON of every diagram, the outline's HTML)
 * made a 20 MB note's build quadratic in its ~2,500 parts.
 */
export function noteSplits(vault: SplitSource): NoteSplits {
  const longSplits = new Map<string, Promise<SplitNote>>();
  let renderedHere = 0;
  const split = (note: NoteModule, fromWorker: RenderedNote | null | undefined): SplitNote => {
    if (!fromWorker) renderedHere++;
    return splitNote(note, fromWorker ?? vault.render(note), vault.reading);
  };
  return {
    async get(slug) {
      const note = vault.bySlug.get(slug);
      if (!note) return undefined;
      const kept = longSplits.get(slug);
      if (kept) return kept;
      // A long note's parts are loaded at once: they all wait for the one split.
      if (!isLongNote(note)) return split(note, await vault.rendered?.take(slug));
      const splitting = vault.rendered ? vault.rendered.take(slug).then((found) => split(note, found)) : Promise.resolve(split(note, null));
      longSplits.set(slug, splitting);
      return splitting;
    },
    get renderedHere() {
      return renderedHere;
    },
  };
}

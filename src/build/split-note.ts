/**
 * A rendered note in the shapes its modules serve: its data, its quiz part (for its pack) and, for a long
 * note, its later parts with their widgets and its outline as HTML (src/build/obsidian/note-parts.ts).
 */
import { compactDiagnostics } from '../content/group-diagnostics.ts';
import { toQuizNote, type NoteModule, type PartWidgets } from '../content/note-module.ts';
import { isLongNote, moveWidgets, splitBody } from './obsidian/note-parts.ts';
import type { RenderedNote } from './obsidian/render-vault.ts';
import { outlineHtml } from './reading/outline-html.ts';
import type { VaultReading } from './reading/reading-aids.ts';

/** A note as its modules serve it: its data, quiz part, and a long note's later parts, their widgets and outline. */
export interface SplitNote {
  module: NoteModule;
  rendered: RenderedNote;
  part: { json: string; attachments: string[] };
  parts: string[];
  widgets: PartWidgets[];
  outline: string[];
}

/** Splits `note`, rendered as `rendered`, into what its modules serve; `reading` gives its reading aids. */
export function splitNote(note: NoteModule, rendered: RenderedNote, reading: VaultReading): SplitNote {
  const aidsOf = reading.of(note.slug, rendered.outline);
  // A long note's data carries its first part; the later parts are modules of their own (note-parts.ts).
  const long = isLongNote(note);
  const body = long ? splitBody(rendered.note.blocks) : { blocks: rendered.note.blocks, parts: [] };
  // So is its outline (thousands of headings at megabytes): HTML beside the parts, a count in the data.
  const outline = long ? outlineHtml(aidsOf.outline) : [];
  const aids = long ? { ...aidsOf, outline: [], movedOutline: aidsOf.outline.length } : aidsOf;
  // Problems saying the same thing travel once, with their lines (a thousand repeated options are six).
  const whole = { ...rendered.note, blocks: body.blocks, diagrams: note.diagrams, reading: aids, diagnostics: compactDiagnostics(rendered.note.diagnostics) };
  // A quiz pack holds every question and diagram; the page's data only the first part's.
  const part = { json: JSON.stringify(toQuizNote(whole)), attachments: rendered.attachments };
  const { module, widgets } = moveWidgets(whole, body.parts.length);
  return { module, rendered, part, parts: body.parts, widgets, outline };
}

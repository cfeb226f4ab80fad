import type { RootContent } from 'mdast';

/** A note another note can link to or embed. */
export interface LinkedNote {
  slug: string;
  file: string;
  title: string;
}

/** What rendering one note needs to know of the vault; built once per vault by `createVaultRenderer`. */
export interface RenderContext {
  /** The vault path of the note being rendered (attachments resolve from its folder). */
  file: string;
  strictLineBreaks: boolean;
  resolveNote: (target: string) => LinkedNote | null;
  resolveAttachment: (target: string, noteFile: string) => string | null;
  noteHref: (slug: string, fragment: string | null) => string;
  tagHref: (tag: string) => string;
  /** Registers a vault file the note shows and returns the URL placeholder the HTML carries for it. */
  attachmentUrl: (file: string) => string;
  /** The rendered syntax tree of another note (or of one of its sections), or null when it cannot be embedded. */
  embedNote: (note: LinkedNote, section: string | null) => RootContent[] | null;
}

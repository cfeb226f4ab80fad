import type { Note } from './types.ts';

/** A note with nothing in it but its identity; parsers and tests fill in the rest. */
export function emptyNote(file: string, slug: string, title: string, overrides: Partial<Note> = {}): Note {
  return {
    file,
    slug,
    title,
    heading: null,
    tags: [],
    aliases: [],
    created: null,
    modified: null,
    questions: [],
    flows: [],
    reason: null,
    blocks: [],
    diagnostics: [],
    ...overrides,
  };
}

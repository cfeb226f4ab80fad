import type { Note } from './types';

/** A note as the app receives it from its chunk: the parsed note, ready to draw. */
export type NoteModule = Note;

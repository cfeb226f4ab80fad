import type { Diagram } from '../diagram/types';
import type { Note } from './types';

/**
 * A note as the app receives it from its chunk: the parsed note with its Markdown rendered to HTML at
 * build time, plus `diagrams[i]` read from `flows[i]`.
 */
export type NoteModule = Note & { diagrams: Diagram[] };

import type { Diagram } from '../diagram/types';
import type { Note } from './types';

/** A heading of the note's body as its outline lists it: level, text and anchor id on the note page. */
export interface OutlineHeading {
  depth: number;
  text: string;
  id: string;
}

/** Another note as a link to it: what a backlink or a previous/next link shows. */
export interface NoteLink {
  slug: string;
  title: string;
}

/** The notes before and after one in the vault's default order (by title), and where it stands. */
export interface DefaultNeighbours {
  previous: NoteLink | null;
  next: NoteLink | null;
  /** 0-based place of the note in the order. */
  index: number;
  total: number;
}

/** What a build adds for reading a note: its outline, the notes that link to it, its default neighbours. */
export interface ReadingAids {
  outline: OutlineHeading[];
  /**
   * A long note's outline is not in its data (`outline` is empty): how many headings it has. Its HTML travels
   * with the note's parts (the pre-render draws it, the browser fetches it when it draws the note itself).
   */
  movedOutline?: number;
  backlinks: NoteLink[];
  neighbours: DefaultNeighbours;
}

/**
 * A note as the app receives it from its chunk: the parsed note with its Markdown rendered to HTML at
 * build time, plus `diagrams[i]` read from `flows[i]`, and the reading aids (absent outside a build).
 */
export type NoteModule = Note & { diagrams: Diagram[]; reading?: ReadingAids };

/**
 * The questions, flows and diagrams a long note's later part shows, as `[index in the note, value]`: they
 * travel with the part, so the page's data (decoded in one task) holds only the first part's.
 */
export interface PartWidgets {
  questions: [number, Note['questions'][number]][];
  flows: [number, Note['flows'][number]][];
  diagrams: [number, Diagram][];
}

/** A later part's chunk: its HTML and the data of the questions and diagrams between it and the next part. */
export type NotePartData = PartWidgets & { html: string };

/** The part of a note a quiz shows (questions, their reason, the flows beside them): what a question pack holds. */
export type QuizNote = Pick<NoteModule, 'slug' | 'title' | 'heading' | 'tags' | 'questions' | 'reason' | 'diagrams'>;

/** Keeps only what a quiz shows of a note, so a pack carries no note bodies. */
export function toQuizNote(note: NoteModule): QuizNote {
  const { slug, title, heading, tags, questions, reason, diagrams } = note;
  return { slug, title, heading, tags, questions, reason, diagrams };
}

import { displayTitle, type Note } from './types.ts';

/** What the home page, tag pages and search need of a note, without its body: a few bytes per note. */
export interface NoteSummary {
  slug: string;
  file: string;
  /** The name to show the note by (first H1, else title). */
  title: string;
  tags: string[];
  aliases: string[];
  questionCount: number;
  /** The ids of the note's questions, so counts and sessions agree on which questions exist. */
  questionIds: string[];
  /** How many error diagnostics the note has, so lists can flag broken notes. */
  errorCount: number;
}

/** Reduces a parsed note to its summary. */
export function summarizeNote(note: Note): NoteSummary {
  return {
    slug: note.slug,
    file: note.file,
    title: displayTitle(note),
    tags: note.tags,
    aliases: note.aliases,
    questionCount: note.questions.length,
    questionIds: note.questions.map((question) => question.id),
    errorCount: note.diagnostics.filter((d) => d.severity === 'error').length,
  };
}

/**
 * What the quiz engine works on: questions together with the note they come from, and the little
 * of the saved history that selection needs. The store's records satisfy these shapes structurally,
 * so the engine never imports the store.
 */
import type { Note, NoteReason, Question } from '../content/types';
import { displayTitle } from '../content/types';

/** One question of the catalogue, with the slug, title and tags of its note (notes load lazily). */
export interface QuizItem {
  noteSlug: string;
  noteTitle: string;
  tags: readonly string[];
  question: Question;
  /** The note's own reason for its answers (key point or explanation section), shown where no bullet explains the right option. */
  reason?: NoteReason | null;
}

/** The part of one saved attempt that the engine reads. */
export interface AttemptLike {
  questionId: string;
  /** ISO time of the attempt. */
  at: string;
  correct: boolean;
}

/** The part of the saved progress that selection reads: attempts and flagged question ids. */
export interface QuizHistory {
  attempts: readonly AttemptLike[];
  flagged: readonly string[];
}

/** Practice reveals the answer question by question; an exam is timed and reveals nothing until the end. */
export type QuizMode = 'practice' | 'exam';

/** How an answer was given: in a practice, in an exam, or in a practice of the questions Review found due. */
export type AttemptMode = QuizMode | 'review';

/**
 * Where a session's list came from: picked on a page (a practice or an exam), Review's due questions,
 * or a practice summary's "try again". It names the list and decides how its answers are recorded.
 */
export type SessionOrigin = QuizMode | 'review' | 'retry';

/** Turns a parsed note into quiz items, one per question, in the note's order. */
export function quizItemsOf(note: Pick<Note, 'slug' | 'title' | 'heading' | 'tags' | 'questions'> & { reason?: NoteReason | null }): QuizItem[] {
  const noteTitle = displayTitle(note);
  const reason = note.reason ?? null;
  return note.questions.map((question) => ({ noteSlug: note.slug, noteTitle, tags: note.tags, question, reason }));
}

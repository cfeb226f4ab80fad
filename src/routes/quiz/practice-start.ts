/**
 * A note's practice page as it is pre-rendered: the session a first visit starts (the note's questions in
 * its order, options as written) drawn at its first question, so the question is in the HTML. The app
 * then starts or resumes the real session in its place.
 */
import type { NoteModule, QuizNote } from '../../content/note-module';
import type { NoteSummary } from '../../content/note-summary';
import { createSession } from '../../quiz/session';
import { quizItemsOf } from '../../quiz/types';
import type { StartedSession } from './start-session';

/** What a note's practice page is pre-rendered with: the quiz part of the note, holding its first question only. */
export interface PracticeStart {
  note: QuizNote;
}

/**
 * What a note's practice page gets from its loader: the note's summary (its name and question ids), so that
 * the page draws its title and counts without the vault's note index, and its start, if it has one.
 */
export interface NotePractice {
  summary: Pick<NoteSummary, 'slug' | 'title' | 'questionIds'>;
  start: PracticeStart | null;
}

/** The start of `note`'s practice, or null when it has no first question to show (none, or moved to a later part). */
export function practiceStartOf(note: NoteModule): PracticeStart | null {
  const first = note.questions[0];
  if (!first) return null;
  const { slug, title, heading, tags, reason } = note;
  // A long note's later diagrams travel with their parts: their places here are empty.
  const diagrams = note.diagrams.filter(Boolean);
  return { note: { slug, title, heading, tags, reason, diagrams, questions: [first] } };
}

/**
 * The session a first visit to the note's practice starts, as far as its first question shows it: the same
 * order, options and counts as `startSession` gives when options are not shuffled, with no seed or clock of
 * its own, so the pre-render and the hydrating page draw it alike.
 */
export function startedFrom(start: PracticeStart, summaries: readonly Pick<NoteSummary, 'slug' | 'questionIds'>[]): StartedSession {
  const { note } = start;
  const items = quizItemsOf(note);
  const session = createSession({
    selection: { kind: 'note', slug: note.slug },
    items,
    seed: 0,
    mode: 'practice',
    shuffleOptions: false,
    now: 0,
    keepOrder: true,
  });
  // Only the first question travels with the page; the count comes from the note's summary.
  const ids = summaries.find((summary) => summary.slug === note.slug)?.questionIds;
  const questionIds = ids && ids[0] === session.questionIds[0] ? [...ids] : session.questionIds;
  return { session: { ...session, questionIds }, items, notes: new Map([[note.slug, note]]) };
}

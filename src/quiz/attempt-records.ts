/**
 * What a session writes to the progress store: one attempt per answer and the record of a finished
 * exam. An exam's attempts are keyed by session and question (it is submitted once, and the results
 * page finds its answers by those ids); a practice answer also carries its own answer id, because
 * one practice session open in two tabs may answer the same question twice and both answers count.
 */
import { printQuestion, type QuestionPrint } from '../content/question-prints';
import { sessionOutcomes, sessionResults } from './outcomes';
import type { Results } from './results';
import { scoreAnswer } from './scoring';
import type { Selection } from './selection';
import { sessionAttemptMode, type Session } from './session';
import type { AttemptMode, QuizItem } from './types';

/** One answered question as the progress store records it (the store's `Attempt` has this shape). */
export interface AttemptRecord {
  id: string;
  questionId: string;
  noteSlug: string;
  /** ISO time of the answer. */
  at: string;
  /** Chosen ORIGINAL labels. */
  chosen: string[];
  /** The text of each chosen option, so a review after the options moved shows what was picked. */
  chosenTexts: string[];
  correct: boolean;
  seconds: number;
  mode: AttemptMode;
  print: QuestionPrint;
}

/** A finished exam as the progress store records it: questions, score, pass/fail, time and tags. */
export interface ExamRecordDraft {
  id: string;
  at: string;
  questionIds: string[];
  correct: number;
  total: number;
  scaled: number;
  passed: boolean;
  seconds: number;
  byTag: Results['byTag'];
  /** What the exam was drawn from, so past exams can name their scope. */
  selection: Selection;
  /** Whether time ran out before it was submitted. */
  timedOut: boolean;
}

/** The id of the attempt a session records for a question. */
export function attemptId(sessionId: string, questionId: string): string {
  return `${sessionId}/${questionId}`;
}

/**
 * The attempt of one question of a session: chosen ORIGINAL labels, verdict, seconds and mode (the
 * session's, see `sessionAttemptMode`, unless given); `answerId` makes the attempt id unique to this one answer.
 */
export function attemptFor(session: Session, item: QuizItem, at: string, mode: AttemptMode = sessionAttemptMode(session), answerId?: string): AttemptRecord {
  const questionId = item.question.id;
  const chosen = session.answers[questionId] ?? [];
  return {
    id: answerId === undefined ? attemptId(session.id, questionId) : `${attemptId(session.id, questionId)}/${answerId}`,
    questionId,
    noteSlug: item.noteSlug,
    at,
    chosen,
    chosenTexts: chosen.map((label) => item.question.options.find((option) => option.label === label)?.text ?? ''),
    correct: scoreAnswer(item.question, chosen).correct,
    seconds: session.seconds[questionId] ?? 0,
    mode,
    print: printQuestion(item.noteSlug, item.question),
  };
}

/**
 * The id of the attempt a session recorded for a question: `own` when this tab recorded it and it is
 * saved, else the latest answer the session recorded for it (from any tab), else null.
 */
export function sessionAttemptId(attempts: readonly Pick<AttemptRecord, 'id' | 'at'>[], sessionId: string, questionId: string, own: string | null): string | null {
  const base = attemptId(sessionId, questionId);
  let latest: Pick<AttemptRecord, 'id' | 'at'> | null = null;
  for (const attempt of attempts) {
    if (attempt.id === own) return own;
    if ((attempt.id === base || attempt.id.startsWith(`${base}/`)) && (!latest || attempt.at >= latest.at)) latest = attempt;
  }
  return latest?.id ?? null;
}

/**
 * How long an exam took: from its start to its end, never past its deadline (time ran out there even if
 * the tab only noticed later); an exam not finished has taken no time yet.
 */
export function examSeconds(session: Pick<Session, 'startedAt' | 'finishedAt' | 'deadline'>): number {
  const finished = Date.parse(session.finishedAt ?? session.startedAt);
  const deadline = session.deadline === null ? Number.NaN : Date.parse(session.deadline);
  const end = Number.isNaN(deadline) ? finished : Math.min(finished, deadline);
  return Math.max(0, Math.round((end - Date.parse(session.startedAt)) / 1000));
}

/**
 * A finished exam's attempts and its exam record. The score counts an unanswered question as not correct, as
 * the real exam does, but only the questions answered become attempts: history and review never hold an
 * answer the reader did not give, so an exam submitted early makes nothing due that was not tried.
 */
export function examRecordsFor(session: Session, items: readonly QuizItem[], passMark: number, scale?: { min: number; max: number }): { attempts: AttemptRecord[]; exam: ExamRecordDraft } {
  const at = session.finishedAt ?? session.startedAt;
  const attempts = sessionOutcomes(session, items)
    .filter((outcome) => outcome.item !== null && !outcome.score.unanswered)
    .map((outcome) => attemptFor(session, outcome.item!, at));
  const results = sessionResults(session, items, passMark, scale);
  const seconds = examSeconds(session);
  // Submitting clamps the end to the deadline, so an exam that ends at it ran out of time.
  const timedOut = session.deadline !== null && Date.parse(at) >= Date.parse(session.deadline);
  return {
    attempts,
    exam: {
      id: session.id,
      at,
      questionIds: session.questionIds,
      correct: results.correct,
      total: results.total,
      scaled: results.scaled,
      passed: results.passed,
      seconds,
      byTag: results.byTag,
      selection: session.selection,
      timedOut,
    },
  };
}

/**
 * A quiz session: plain serialisable data (question ids in seeded order, option layouts, answers by
 * original label, flags, seconds per question, clock) built deterministically from a seed, so the
 * same seed, items and start time always give the same session and a saved one can be restored.
 * Transitions live in `session-actions.ts`; reading a session lives here.
 */
import type { Question } from '../content/types';
import { examMinutes } from './exam-timer';
import { hashSeed, shuffle } from './random';
import { requiredChoices } from './scoring';
import type { Selection } from './selection';
import { applyOptionOrder, optionOrder, type DisplayQuestion } from './shuffle-options';
import type { AttemptMode, QuizItem, QuizMode, SessionOrigin } from './types';
import { keyedRecord } from './keyed-record';

/** How one question's options are laid out in this session. */
export interface OptionLayout {
  /** Original labels in display order. */
  order: string[];
  /** Display labels in display order (the note's labels in the note's order). */
  labels: string[];
  /** How many options the question asks for. */
  required: number;
}

/** A quiz in progress or finished; JSON-safe, so the store can persist it as is. */
export interface Session {
  id: string;
  mode: QuizMode;
  /** Where the list came from, so a resumed session keeps its name and records answers as it began to. */
  origin: SessionOrigin;
  /** How the questions were chosen; kept so the page can offer "again". */
  selection: Selection;
  seed: number;
  shuffleOptions: boolean;
  questionIds: string[];
  layouts: Record<string, OptionLayout>;
  /** Chosen ORIGINAL labels per question id. */
  answers: Record<string, string[]>;
  /** Practice: question ids whose answer was checked (revealed and locked). */
  checked: string[];
  flagged: string[];
  /** Seconds spent on each question id. */
  seconds: Record<string, number>;
  /** Index into `questionIds` of the question shown. */
  current: number;
  /** ISO times. */
  startedAt: string;
  /** When the current question was shown, for per-question seconds. */
  shownAt: string;
  /** Exams only: when time is up. */
  deadline: string | null;
  finishedAt: string | null;
  /** Bumped by every change, so two tabs can tell which copy of one session is newer. */
  revision: number;
}

/** What `createSession` needs; `items` are the questions to ask (already selected with `selectQuestions`). */
export interface CreateSessionOptions {
  selection: Selection;
  items: readonly QuizItem[];
  seed: number;
  mode: QuizMode;
  /** Where the list came from; defaults to the mode (a list picked on a page). */
  origin?: SessionOrigin;
  shuffleOptions: boolean;
  /** Ask at most this many questions (an exam usually passes `examQuestionCount`). */
  limit?: number;
  /** Start time, epoch milliseconds. */
  now: number;
  /** Exam time; defaults to `examMinutes(questions)`. */
  minutes?: number;
  /** Keep the items' order instead of shuffling it (e.g. practising one note top to bottom). */
  keepOrder?: boolean;
}

/** Builds a new session: seeded question order, seeded option order per question when shuffling. */
export function createSession(options: CreateSessionOptions): Session {
  const { items, seed, mode, now } = options;
  const ordered = options.keepOrder ? items.slice() : shuffle(items, seed);
  const unique = [...new Map(ordered.map((item) => [item.question.id, item])).values()];
  const limit = options.limit === undefined ? unique.length : Math.max(0, Math.floor(options.limit));
  const chosen = unique.slice(0, limit);
  const layouts = keyedRecord<OptionLayout>();
  for (const { question } of chosen) {
    const labels = question.options.map((option) => option.label);
    const order = options.shuffleOptions ? optionOrder(question, hashSeed(question.id, seed)) : labels;
    layouts[question.id] = { order, labels, required: requiredChoices(question) };
  }
  const startedAt = new Date(now).toISOString();
  const minutes = options.minutes ?? examMinutes(chosen.length);
  return {
    id: `${mode}-${(seed >>> 0).toString(36)}-${now.toString(36)}`,
    mode,
    origin: options.origin ?? mode,
    selection: options.selection,
    seed,
    shuffleOptions: options.shuffleOptions,
    questionIds: chosen.map((item) => item.question.id),
    layouts,
    answers: keyedRecord(),
    checked: [],
    flagged: [],
    seconds: keyedRecord(),
    current: 0,
    startedAt,
    shownAt: startedAt,
    deadline: mode === 'exam' ? new Date(now + minutes * 60_000).toISOString() : null,
    finishedAt: null,
    revision: 0,
  };
}

/** How a session's answers are recorded: as reviews when its list came from Review, else as its mode. */
export function sessionAttemptMode(session: Pick<Session, 'mode' | 'origin'>): AttemptMode {
  return session.origin === 'review' ? 'review' : session.mode;
}

/** The id of the question shown, or null for an empty session. */
export function currentQuestionId(session: Session): string | null {
  return session.questionIds[session.current] ?? null;
}

/** The question as this session displays it (options re-lettered when shuffled). */
export function displayQuestion(session: Session, question: Question): DisplayQuestion {
  const layout = session.layouts[question.id];
  return applyOptionOrder(question, layout?.order ?? question.options.map((option) => option.label));
}

/** The chosen options of a question in DISPLAY labels, sorted, for drawing the selection. */
export function chosenDisplayLabels(session: Session, questionId: string): string[] {
  const layout = session.layouts[questionId];
  const chosen = session.answers[questionId] ?? [];
  if (!layout) return [...chosen].sort();
  return chosen
    .map((original) => layout.labels[layout.order.indexOf(original)])
    .filter((label): label is string => label !== undefined)
    .sort();
}

/** Whether the question was checked (practice) or the session finished, so its answer shows. */
export function isRevealed(session: Session, questionId: string): boolean {
  return session.finishedAt !== null || session.checked.includes(questionId);
}

/**
 * Whether a session has nothing left to do: finished, or (practice) every question already checked,
 * so resuming it would only show graded answers that can no longer change.
 */
export function isSpent(session: Session): boolean {
  if (session.finishedAt !== null) return true;
  return session.mode !== 'exam' && session.questionIds.length > 0 && session.questionIds.every((id) => session.checked.includes(id));
}

/** Whether a session holds work a person would lose by starting another: open, and something answered. */
export function hasWorkInProgress(session: Session): boolean {
  if (isSpent(session)) return false;
  return session.checked.length > 0 || Object.values(session.answers).some((chosen) => chosen.length > 0);
}

/** How many questions have at least one choice. */
export function answeredCount(session: Session): number {
  return session.questionIds.filter((id) => (session.answers[id]?.length ?? 0) > 0).length;
}

/** Ids of the questions still without any choice, in session order (the submit dialog lists them). */
export function unansweredIds(session: Session): string[] {
  return session.questionIds.filter((id) => (session.answers[id]?.length ?? 0) === 0);
}

/**
 * Ids of the questions with some choices but fewer than they ask for ("Select 2" with one chosen), in
 * session order: an answer, but not a complete one, so the exam points them out before it is submitted.
 */
export function shortIds(session: Session): string[] {
  return session.questionIds.filter((id) => {
    const chosen = session.answers[id]?.length ?? 0;
    return chosen > 0 && chosen < (session.layouts[id]?.required ?? 1);
  });
}

/**
 * Exam length and time. The clock is a deadline stored in the session, so the remaining time is
 * always computed from `now` and survives a reload or a closed tab.
 */

/** The exam settings the engine needs (the settings store holds the user's values). */
export interface ExamSettings {
  /** Questions in a full exam. */
  examQuestions: number;
  /** Minutes for a full exam. */
  examMinutes: number;
  /** Scaled score (100–1000) needed to pass. */
  passMark: number;
}

/** The real exam's shape: 65 questions in 180 minutes, pass at 750. */
export const DEFAULT_EXAM_SETTINGS: ExamSettings = { examQuestions: 65, examMinutes: 180, passMark: 750 };

/** How many questions an exam asks: the configured length, or all there are when fewer. */
export function examQuestionCount(available: number, settings: ExamSettings = DEFAULT_EXAM_SETTINGS): number {
  const wanted = positiveInteger(settings.examQuestions, DEFAULT_EXAM_SETTINGS.examQuestions);
  return Math.max(0, Math.min(Math.floor(available), wanted));
}

/** Minutes for an exam of `questions` questions: the full time pro rata, rounded up, at least one minute. */
export function examMinutes(questions: number, settings: ExamSettings = DEFAULT_EXAM_SETTINGS): number {
  const fullQuestions = positiveInteger(settings.examQuestions, DEFAULT_EXAM_SETTINGS.examQuestions);
  const fullMinutes = positiveInteger(settings.examMinutes, DEFAULT_EXAM_SETTINGS.examMinutes);
  if (questions >= fullQuestions) return fullMinutes;
  return Math.max(1, Math.ceil((fullMinutes * Math.max(0, questions)) / fullQuestions));
}

/** Milliseconds left before the deadline (never negative); an unreadable deadline counts as expired. */
export function remainingMs(deadline: string, now: number): number {
  const end = Date.parse(deadline);
  if (Number.isNaN(end)) return 0;
  return Math.max(0, end - now);
}

/** Whether the exam's time is up. */
export function isExpired(deadline: string, now: number): boolean {
  return remainingMs(deadline, now) === 0;
}

/** Formats milliseconds as a clock, `h:mm:ss` or `m:ss`, rounding up so "0:00" means really over. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

function positiveInteger(value: number, fallback: number): number {
  return Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}

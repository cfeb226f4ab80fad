/**
 * A readiness estimate for exam day, as a scaled score on the exam's 100–1000 scale:
 * practice = accuracy of the last 100 answers on the share of the vault's questions answered at
 * least once, plus a 25% guess on the rest; with exams taken, the estimate is the mean of practice
 * and the average of the last 3 exam scores.
 */
import { examsInOrder, recentAccuracy, type StatsAttempt, type StatsExam } from './stats';

/** Answers that count as "recent" for accuracy. */
export const RECENT_ANSWERS = 100;
/** Exams averaged into the estimate. */
export const RECENT_EXAMS = 3;
/** The chance of guessing a four-option question right, assumed for questions never answered. */
export const GUESS_SHARE = 0.25;

/** The estimate and the parts it was built from. */
export interface Readiness {
  /** Predicted scaled score, 100–1000. */
  scaled: number;
  /** Share of the last answers that were right, 0–1. */
  accuracy: number;
  /** Share of the vault's questions answered at least once, 0–1. */
  coverage: number;
  /** Average share of the last exams, 0–1, or null without exams. */
  examShare: number | null;
  passed: boolean;
}

/** Estimates the exam-day score; null when there is nothing to estimate from. */
export function estimateReadiness(
  attempts: readonly StatsAttempt[],
  exams: readonly StatsExam[],
  /** How many questions the vault has (attempts should be limited to the vault's notes). */
  vaultQuestions: number,
  passMark: number,
): Readiness | null {
  const recent = recentAccuracy(attempts, RECENT_ANSWERS);
  const lastExams = examsInOrder(exams).slice(-RECENT_EXAMS);
  if (!recent && lastExams.length === 0) return null;
  const accuracy = recent ? recent.correct / recent.total : 0;
  const coverage = coverageOf(attempts, vaultQuestions);
  const examShare = lastExams.length === 0 ? null : mean(lastExams.map((exam) => shareOfScaled(exam.scaled)));
  const practice = recent ? coverage * accuracy + (1 - coverage) * GUESS_SHARE : null;
  const share = practice === null ? examShare! : examShare === null ? practice : (practice + examShare) / 2;
  const scaled = Math.round(100 + 900 * share);
  return { scaled, accuracy, coverage, examShare, passed: scaled >= passMark };
}

function coverageOf(attempts: readonly StatsAttempt[], vaultQuestions: number): number {
  if (vaultQuestions <= 0) return 0;
  return Math.min(1, new Set(attempts.map((attempt) => attempt.questionId)).size / vaultQuestions);
}

function shareOfScaled(scaled: number): number {
  return Math.max(0, Math.min(1, (scaled - 100) / 900));
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * Spaced repetition with FSRS. Every answered question is a card, and cards are DERIVED by
 * replaying the attempts in time order: there is no card state to keep in sync, so importing or
 * merging attempts just works, and the same attempts always give the same schedule.
 */
import { createEmptyCard, fsrs, generatorParameters, type Card } from 'ts-fsrs';
import type { AttemptLike } from '../quiz/types';
import { gradeOf, usualSeconds, type GradedAttempt } from './schedule-grade';
import { endOfLocalDay, localDate, startOfLocalDay } from './schedule-days';

/** The part of a saved attempt that scheduling reads. */
export interface ScheduledAttempt extends AttemptLike, GradedAttempt {
  /** Breaks ties between attempts saved in the same millisecond, so replay order is stable. */
  id?: string;
}

/** Questions falling due on one local day. */
export interface ForecastDay {
  /** Local date, `YYYY-MM-DD`. */
  date: string;
  count: number;
}

// One short step: a wrong answer comes back a minute later (so it is due today), a right one
// graduates straight to days. No fuzz: a replay must land on exactly the same dates every time.
const scheduler = fsrs(
  generatorParameters({ enable_fuzz: false, enable_short_term: true, learning_steps: ['1m'], relearning_steps: ['1m'] }),
);

/**
 * Replays the attempts in time order and returns each answered question's card; `usual` (the person's usual
 * seconds) defaults to that of these attempts, and is passed when only some of the person's attempts are replayed.
 */
export function buildCards(attempts: readonly ScheduledAttempt[], usual = usualSeconds(attempts)): Map<string, Card> {
  const cards = new Map<string, Card>();
  for (const attempt of inTimeOrder(attempts)) {
    const at = new Date(attempt.at);
    const card = cards.get(attempt.questionId) ?? createEmptyCard<Card>(at);
    try {
      cards.set(attempt.questionId, scheduler.next(card, at, gradeOf(attempt, usual)).card);
    } catch {
      // ts-fsrs refuses what it cannot schedule (a review before the last one); one odd record
      // must not take the whole schedule down, so the card keeps its state.
      cards.set(attempt.questionId, card);
    }
  }
  return cards;
}

/** Ids of the questions due by the end of today (local time), the most overdue first. */
export function dueQuestionIds(attempts: readonly ScheduledAttempt[], now: number | Date): string[] {
  return dueIdsOf(buildCards(attempts), now);
}

/** How many questions fall due on each of the next `days` local days; today also counts the overdue. */
export function forecast(attempts: readonly ScheduledAttempt[], now: number | Date, days: number): ForecastDay[] {
  return forecastOf(buildCards(attempts), now, days);
}

/** When a question comes back (ms since the epoch) after the attempts so far, or null if it was never answered. */
export function nextDueOf(attempts: readonly ScheduledAttempt[], questionId: string): number | null {
  // Only this question's answers are replayed, but "slow" still means slow for this person overall.
  const own = attempts.filter((attempt) => attempt.questionId === questionId);
  return buildCards(own, usualSeconds(attempts)).get(questionId)?.due.getTime() ?? null;
}

/** `dueQuestionIds` over cards already built (replaying is the costly part: do it once per page). */
export function dueIdsOf(cards: ReadonlyMap<string, Card>, now: number | Date): string[] {
  const cutoff = endOfLocalDay(toTime(now));
  return [...cards]
    .filter(([, card]) => card.due.getTime() <= cutoff)
    .sort(([idA, a], [idB, b]) => a.due.getTime() - b.due.getTime() || compareIds(idA, idB))
    .map(([id]) => id);
}

/** `forecast` over cards already built. */
export function forecastOf(cards: ReadonlyMap<string, Card>, now: number | Date, days: number): ForecastDay[] {
  const time = toTime(now);
  const count = Math.max(0, Math.floor(days));
  const starts = Array.from({ length: count + 1 }, (_, day) => startOfLocalDay(time, day));
  const result = starts.slice(0, count).map((start) => ({ date: localDate(start), count: 0 }));
  for (const card of cards.values()) {
    const due = card.due.getTime();
    // Day i holds what falls due before day i + 1 starts; overdue cards land in day 0.
    const day = starts.findIndex((start, i) => i > 0 && due < start) - 1;
    const entry = result[day];
    if (entry) entry.count += 1;
  }
  return result;
}

function inTimeOrder<T extends ScheduledAttempt>(attempts: readonly T[]): T[] {
  return attempts
    .map((attempt) => ({ attempt, time: Date.parse(attempt.at) }))
    .filter(({ time }) => !Number.isNaN(time))
    .sort((a, b) => a.time - b.time || compareIds(a.attempt.id, b.attempt.id))
    .map(({ attempt }) => attempt);
}

function compareIds(a: string | undefined, b: string | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

function toTime(now: number | Date): number {
  return typeof now === 'number' ? now : now.getTime();
}

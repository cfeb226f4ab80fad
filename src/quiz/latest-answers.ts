/**
 * The latest answer to each question: the one rule the retry lists, the notes' status and the dashboard's
 * accuracy by tag all judge a question by.
 */

/** The part of an attempt the rule reads. */
export interface TimedAnswer {
  questionId: string;
  at: string;
}

/**
 * The latest answer to each question, by time; of two at the same time, the one stored later. An unreadable
 * time still counts, as the oldest, rather than being silently ignored.
 */
export function latestPerQuestion<T extends TimedAnswer>(attempts: readonly T[]): Map<string, T> {
  const latest = new Map<string, { time: number; attempt: T }>();
  for (const attempt of attempts) {
    const parsed = Date.parse(attempt.at);
    const time = Number.isNaN(parsed) ? -Infinity : parsed;
    const known = latest.get(attempt.questionId);
    if (!known || time >= known.time) latest.set(attempt.questionId, { time, attempt });
  }
  return new Map([...latest].map(([id, { attempt }]) => [id, attempt]));
}

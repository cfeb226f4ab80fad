/**
 * When the exam countdown speaks: once on crossing 10 minutes left and once on crossing 1 minute,
 * never every second (a polite live region that changed each second would drown the question).
 */

/** The minute marks announced, smallest first, so a long jump (a tab asleep) announces the nearest. */
export const ANNOUNCED_MINUTES = [1, 10] as const;

/** The mark crossed between two readings of the remaining time, or null. */
export function crossedMark(previousMs: number, remainingMs: number): number | null {
  for (const minutes of ANNOUNCED_MINUTES) {
    const mark = minutes * 60_000;
    if (previousMs > mark && remainingMs <= mark) return minutes;
  }
  return null;
}

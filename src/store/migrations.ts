/**
 * Migrations of saved progress from older versions to the current one. Each step takes the
 * previous shape as it was written and returns the next; unknown fields pass through untouched and
 * records that cannot be read are left for `salvageProgress` to drop, so a migration never throws.
 */
import { keyedRecord } from '../quiz/keyed-record';
import { INITIAL_EPOCH, isRecord } from './progress-schema';

/** The version progress is written with. */
export const PROGRESS_VERSION = 5;

/**
 * Version 1, as the first release saved it: one label per attempt (`choice`, "A" or "A,C" for
 * multi-answer questions) and no mode, exams without a tag breakdown, flags as a plain id list, and
 * no saved sessions.
 */
export interface ProgressV1 {
  attempts: { id: string; questionId: string; noteSlug: string; at: string; choice: string; correct: boolean; seconds: number }[];
  exams: { id: string; at: string; questionIds: string[]; correct: number; total: number; scaled: number; passed: boolean; seconds: number }[];
  flagged: string[];
}

/** Flags migrated from a plain list get the oldest possible time, so any real toggle since wins. */
const MIGRATED_FLAG_TIME = INITIAL_EPOCH.at;

/** Version 1 → 2: `choice` becomes `chosen` (a label list), attempts get a mode, flags get times. */
export function migrateV1toV2(state: unknown): unknown {
  if (!isRecord(state)) return state;
  const attempts = Array.isArray(state.attempts)
    ? state.attempts.map((attempt: unknown) => {
        if (!isRecord(attempt) || 'chosen' in attempt) return attempt;
        const { choice, ...rest } = attempt;
        const chosen = typeof choice === 'string' ? splitChoice(choice) : choice;
        return { ...rest, chosen, mode: rest.mode ?? 'practice' };
      })
    : state.attempts;
  const exams = Array.isArray(state.exams)
    ? state.exams.map((exam: unknown) => (isRecord(exam) && !('byTag' in exam) ? { ...exam, byTag: {} } : exam))
    : state.exams;
  const flags = keyedRecord<unknown>();
  if (Array.isArray(state.flagged)) {
    for (const questionId of state.flagged) {
      if (typeof questionId === 'string') flags[questionId] = { flagged: true, at: MIGRATED_FLAG_TIME };
    }
  }
  const { flagged: _flagged, ...rest } = state;
  return {
    ...rest,
    attempts,
    exams,
    flags: isRecord(state.flags) ? state.flags : flags,
    sessions: { practice: null, exam: null },
    closedSessions: [],
    epoch: INITIAL_EPOCH,
  };
}

/**
 * Version 2 → 3: question ids no longer change with the note's file, and progress remembers each
 * question's print to find it again. Nothing is rewritten here (old ids are re-attached against the vault
 * when the app loads, see reattach.ts); attempts simply lack `chosenTexts`.
 */
export function migrateV2toV3(state: unknown): unknown {
  if (!isRecord(state)) return state;
  return { ...state, prints: isRecord(state.prints) ? state.prints : {} };
}

/**
 * Version 3 → 4: a saved session remembers where its list came from (`origin`). Before, only the URL
 * knew, so the origin is read the way the app read it then: an exam was an exam, a list of ids was
 * named as a retry list and recorded as practice, anything else was a practice picked on a page.
 */
export function migrateV3toV4(state: unknown): unknown {
  if (!isRecord(state) || !isRecord(state.sessions)) return state;
  const sessions = Object.fromEntries(Object.entries(state.sessions).map(([slot, session]) => [slot, withOrigin(session)]));
  return { ...state, sessions };
}

function withOrigin(session: unknown): unknown {
  if (!isRecord(session) || 'origin' in session) return session;
  const ids = isRecord(session.selection) && session.selection.kind === 'ids';
  return { ...session, origin: session.mode === 'exam' ? 'exam' : ids ? 'retry' : 'practice' };
}

/**
 * Version 4 → 5: an attempt holds an answer the reader gave. Exams submitted before that rule recorded an
 * empty attempt for every blank question, which due counts, Review and Progress then read as a wrong
 * answer; those attempts go (the exam's own record keeps its score, and its results read a question
 * without an attempt as not answered). An attempt that cannot be read is left for salvage to judge.
 */
export function migrateV4toV5(state: unknown): unknown {
  if (!isRecord(state) || !Array.isArray(state.attempts)) return state;
  return { ...state, attempts: state.attempts.filter((attempt: unknown) => !isRecord(attempt) || !isEmptyAnswer(attempt.chosen)) };
}

function isEmptyAnswer(chosen: unknown): boolean {
  return Array.isArray(chosen) && chosen.length === 0;
}

/** The steps, indexed by the version they start from. */
const STEPS: Record<number, (state: unknown) => unknown> = { 1: migrateV1toV2, 2: migrateV2toV3, 3: migrateV3toV4, 4: migrateV4toV5 };

/**
 * Brings a saved state of any older version up to `PROGRESS_VERSION`. Version 0 (no version
 * written) is read as version 1. A newer version is returned unchanged, marked so the app can say so.
 */
export function migrateProgress(state: unknown, fromVersion: number): { state: unknown; newer: boolean } {
  if (fromVersion > PROGRESS_VERSION) return { state, newer: true };
  let current = state;
  for (let version = Math.max(1, Math.floor(fromVersion)); version < PROGRESS_VERSION; version += 1) {
    current = STEPS[version]?.(current) ?? current;
  }
  return { state: current, newer: false };
}

function splitChoice(choice: string): string[] {
  return choice
    .split(/[\s,]+/)
    .filter((label) => label !== '')
    .sort();
}

/**
 * Merging two copies of progress (two open tabs, or an imported file), deterministically, so both
 * tabs reach byte-identical data and stop writing back and forth:
 * - attempts and exams: union by id, ordered by time then id; of two copies of one attempt the one
 *   changed last (`updatedAt`, else `at`) wins, so an "I guessed" mark made in one tab survives;
 * - flags: the most recent toggle wins per question (an unflag in one tab is not undone by the
 *   other), a tie keeps the question flagged;
 * - sessions: finished or abandoned ones stay closed; of two copies of one session the more
 *   advanced (higher revision) wins; of two different sessions the later started wins;
 * - a reset or a "replace all" starts a new epoch, and the newer epoch wins whole.
 */
import { keyedRecord } from '../quiz/keyed-record';
import type { Session } from '../quiz/session';
import type { Attempt, ClosedSession, Epoch, ExamRecord, FlagMark, ProgressData } from './progress-schema';

/** How many closed session ids are remembered: enough to outlive any tab left open. */
export const CLOSED_SESSIONS_KEPT = 200;

/** Merges what another tab wrote into this tab's progress. */
export function mergeProgress(local: ProgressData, remote: ProgressData): ProgressData {
  if (local.epoch.id !== remote.epoch.id) return compareEpochs(local.epoch, remote.epoch) >= 0 ? local : remote;
  return mergeRecords(local, remote, local.epoch);
}

/** Merges imported records into progress, whatever their epoch; the local epoch and sessions stay. */
export function mergeImported(local: ProgressData, imported: Pick<ProgressData, 'attempts' | 'exams' | 'flags'>): ProgressData {
  return mergeRecords(local, { ...local, ...imported, sessions: local.sessions }, local.epoch);
}

function mergeRecords(a: ProgressData, b: ProgressData, epoch: Epoch): ProgressData {
  const closedSessions = unionById([...a.closedSessions, ...b.closedSessions]).slice(-CLOSED_SESSIONS_KEPT);
  const closed = new Set(closedSessions.map((entry) => entry.id));
  return {
    attempts: unionById<Attempt>([...a.attempts, ...b.attempts]),
    exams: unionById<ExamRecord>([...a.exams, ...b.exams]),
    flags: mergeFlags(a.flags, b.flags),
    sessions: {
      practice: pickSession(a.sessions.practice, b.sessions.practice, closed),
      exam: pickSession(a.sessions.exam, b.sessions.exam, closed),
    },
    closedSessions,
    epoch,
    prints: mergePrints(a.prints, b.prints),
  };
}

/** Prints of both copies, keys sorted so every tab writes the same bytes; a print of one id is the same question. */
function mergePrints<T>(a: Record<string, T>, b: Record<string, T>): Record<string, T> {
  const merged = keyedRecord<T>();
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) merged[key] = (b[key] ?? a[key])!;
  return merged;
}

/**
 * Union of records by id, sorted by time then id; of two copies of an id the one changed last
 * (`updatedAt`, else `at`) is kept, and a tie is broken by content so every tab keeps the same copy.
 */
export function unionById<T extends { id: string; at: string; updatedAt?: string }>(records: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const record of records) {
    const kept = byId.get(record.id);
    if (!kept || compareCopies(record, kept) > 0) byId.set(record.id, record);
  }
  return [...byId.values()].sort((x, y) => compareTimes(x.at, y.at) || compareText(x.id, y.id));
}

// A tie in time goes to the changed copy, then to content read with sorted keys: each tab holds its
// records in its own key order (as recorded, or as read back through the schema), and a tie broken
// by key order made two tabs keep different copies and answer each other's writes forever.
function compareCopies<T extends { at: string; updatedAt?: string }>(a: T, b: T): number {
  return (
    compareTimes(a.updatedAt ?? a.at, b.updatedAt ?? b.at) ||
    Number(a.updatedAt !== undefined) - Number(b.updatedAt !== undefined) ||
    compareText(canonicalJson(a), canonicalJson(b))
  );
}

/** JSON with object keys sorted, so two copies of the same record compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** Per question, the later toggle wins; a tie keeps the question flagged. Keys come out sorted. */
export function mergeFlags(a: Record<string, FlagMark>, b: Record<string, FlagMark>): Record<string, FlagMark> {
  const merged = keyedRecord<FlagMark>();
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const x = Object.hasOwn(a, key) ? a[key] : undefined;
    const y = Object.hasOwn(b, key) ? b[key] : undefined;
    if (!x || !y) merged[key] = (x ?? y)!;
    else {
      const order = compareTimes(x.at, y.at);
      merged[key] = order > 0 ? x : order < 0 ? y : x.flagged ? x : y;
    }
  }
  return merged;
}

/** Chooses which of two copies of a session slot to keep (see the module comment). */
export function pickSession(a: Session | null, b: Session | null, closed: ReadonlySet<string>): Session | null {
  const open = [a, b].filter((session): session is Session => session !== null && !closed.has(session.id));
  const [x, y] = open;
  if (!x || !y) return x ?? null;
  if (x.id === y.id) {
    const order = x.revision - y.revision || compareText(canonicalJson(x), canonicalJson(y));
    return order >= 0 ? x : y;
  }
  return (compareTimes(x.startedAt, y.startedAt) || compareText(x.id, y.id)) >= 0 ? x : y;
}

/** Which epoch is newer: by time, then id. */
export function compareEpochs(a: Epoch, b: Epoch): number {
  return compareTimes(a.at, b.at) || compareText(a.id, b.id);
}

/** Marks a session id closed, keeping the list bounded. */
export function closeSession(closed: readonly ClosedSession[], id: string, at: string): ClosedSession[] {
  return unionById([...closed, { id, at }]).slice(-CLOSED_SESSIONS_KEPT);
}

function compareTimes(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b) || compareText(a, b);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

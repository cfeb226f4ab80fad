/**
 * The saved progress: its types, the valibot schemas that every value read from storage or from a
 * file must pass, and `salvageProgress`, which keeps every valid record of a damaged value.
 */
import * as v from 'valibot';
import type { QuestionPrint } from '../content/question-prints';
import type { Session } from '../quiz/session';
import { keyedRecord } from '../quiz/keyed-record';
import type { Selection } from '../quiz/selection';

const isoTime = v.pipe(v.string(), v.check((text) => !Number.isNaN(Date.parse(text)), 'not a time'));
const id = v.pipe(v.string(), v.minLength(1));
const seconds = v.pipe(v.number(), v.finite(), v.minValue(0));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const labels = v.array(v.string());

/**
 * A record keyed by data (tags, question ids), read into a null-prototype object. valibot's own
 * `v.record` skips `__proto__`, `constructor` and `prototype`, which are fine tag and id names.
 */
export function keyedRecordSchema<T>(value: v.GenericSchema<unknown, T>, allowEmptyKey = true): v.GenericSchema<unknown, Record<string, T>> {
  return v.pipe(
    v.custom<Record<string, unknown>>(
      (input) => isRecord(input) && Object.entries(input).every(([key, item]) => (allowEmptyKey || key !== '') && v.is(value, item)),
      'not a record of valid entries',
    ),
    v.transform((input) => keyedRecord(Object.entries(input).map(([key, item]) => [key, v.parse(value, item)] as const))),
  );
}

/**
 * One answered question. `chosen` holds ORIGINAL option labels; history is keyed by question id.
 * `updatedAt` is set when the attempt is changed after it was recorded (the "I guessed" mark), so a
 * merge of two tabs keeps the newer copy; attempts saved before it existed simply lack it.
 */
export const attemptSchema = v.object({
  id,
  questionId: id,
  noteSlug: v.string(),
  at: isoTime,
  chosen: labels,
  /** The text of each chosen option, in `chosen`'s order, so a review after options moved shows what was picked. */
  chosenTexts: v.optional(v.array(v.string())),
  correct: v.boolean(),
  seconds,
  mode: v.picklist(['practice', 'exam', 'review']),
  guessed: v.optional(v.boolean()),
  updatedAt: v.optional(isoTime),
});

/** A saved attempt. */
export type Attempt = v.InferOutput<typeof attemptSchema>;

const selectionSchema: v.GenericSchema<unknown, Selection> = v.variant('kind', [
  v.object({ kind: v.literal('note'), slug: v.string() }),
  v.object({ kind: v.literal('tag'), tag: v.string() }),
  v.object({ kind: v.literal('notes'), slugs: v.array(v.string()) }),
  v.object({ kind: v.literal('all') }),
  v.object({ kind: v.literal('wrong') }),
  v.object({ kind: v.literal('flagged') }),
  v.object({ kind: v.literal('ids'), ids: v.array(v.string()) }),
]);

const tagResultSchema = v.object({ correct: count, total: count, percentage: v.number() });

/**
 * One finished exam with its score and breakdown by tag. `selection` (what it was drawn from) and
 * `timedOut` (time ran out before it was submitted) are missing from exams saved before they existed.
 */
export const examRecordSchema = v.object({
  id,
  at: isoTime,
  questionIds: v.array(id),
  correct: count,
  total: count,
  scaled: v.number(),
  passed: v.boolean(),
  seconds,
  byTag: keyedRecordSchema(tagResultSchema),
  selection: v.optional(selectionSchema),
  timedOut: v.optional(v.boolean()),
});

/** A saved finished exam. */
export type ExamRecord = v.InferOutput<typeof examRecordSchema>;

/** The last flag toggle of a question: kept even when unflagged, so tabs agree on the latest toggle. */
export const flagMarkSchema = v.object({ flagged: v.boolean(), at: isoTime });

/** A question's flag state and when it was set. */
export type FlagMark = v.InferOutput<typeof flagMarkSchema>;

/** A session that was finished or abandoned, so another tab's stale copy is not brought back. */
export const closedSessionSchema = v.object({ id, at: isoTime });

/** What a question looked like when it was answered or flagged, to find it again if its id changes. */
export const questionPrintSchema: v.GenericSchema<unknown, QuestionPrint> = v.object({
  slug: v.string(),
  stem: v.string(),
  options: v.array(v.string()),
});

export type { QuestionPrint };

/** A closed session id and when it closed. */
export type ClosedSession = v.InferOutput<typeof closedSessionSchema>;

/** Which "generation" of progress this is: reset and replace start a new one that wins over older tabs. */
export const epochSchema = v.object({ id, at: isoTime });

/** The generation of the progress data. */
export type Epoch = v.InferOutput<typeof epochSchema>;


/** A quiz session in progress, as the quiz engine builds it. */
export const sessionSchema: v.GenericSchema<unknown, Session> = v.object({
  id,
  mode: v.picklist(['practice', 'exam']),
  origin: v.picklist(['practice', 'exam', 'review', 'retry']),
  selection: selectionSchema,
  seed: v.number(),
  shuffleOptions: v.boolean(),
  questionIds: v.array(id),
  layouts: keyedRecordSchema(v.object({ order: labels, labels, required: count })),
  answers: keyedRecordSchema(labels),
  checked: v.array(v.string()),
  flagged: v.array(v.string()),
  seconds: keyedRecordSchema(seconds),
  current: count,
  startedAt: isoTime,
  shownAt: isoTime,
  deadline: v.nullable(isoTime),
  finishedAt: v.nullable(isoTime),
  revision: count,
});

/** Everything progress saves (the persisted part of the store). */
export interface ProgressData {
  attempts: Attempt[];
  exams: ExamRecord[];
  flags: Record<string, FlagMark>;
  sessions: { practice: Session | null; exam: Session | null };
  closedSessions: ClosedSession[];
  epoch: Epoch;
  /** The print of every question progress names, by question id (see store/reattach.ts). */
  prints: Record<string, QuestionPrint>;
}

/** The epoch of data that never went through reset or replace. */
export const INITIAL_EPOCH: Epoch = { id: 'initial', at: '1970-01-01T00:00:00.000Z' };

/** Progress with nothing in it. */
export function emptyProgress(epoch: Epoch = INITIAL_EPOCH): ProgressData {
  return { attempts: [], exams: [], flags: keyedRecord(), sessions: { practice: null, exam: null }, closedSessions: [], epoch, prints: keyedRecord() };
}

/** What `salvageProgress` kept, and how many parts it had to drop. */
export interface Salvaged {
  data: ProgressData;
  dropped: number;
}

/** Keeps every valid attempt, exam, flag, session and the epoch of an unknown value; counts what it dropped. */
export function salvageProgress(value: unknown): Salvaged {
  if (!isRecord(value)) return { data: emptyProgress(), dropped: 1 };
  let dropped = 0;
  const keep = <T>(schema: v.GenericSchema<unknown, T>, list: unknown): T[] => {
    if (!Array.isArray(list)) {
      if (list !== undefined) dropped += 1;
      return [];
    }
    const valid = list.flatMap((item) => {
      const result = v.safeParse(schema, item);
      return result.success ? [result.output] : [];
    });
    dropped += list.length - valid.length;
    return valid;
  };
  const flags = keyedRecord<FlagMark>();
  for (const [key, mark] of Object.entries(isRecord(value.flags) ? value.flags : {})) {
    const result = v.safeParse(flagMarkSchema, mark);
    if (result.success && key !== '') flags[key] = result.output;
    else dropped += 1;
  }
  const prints = keyedRecord<QuestionPrint>();
  for (const [key, print] of Object.entries(isRecord(value.prints) ? value.prints : {})) {
    const result = v.safeParse(questionPrintSchema, print);
    if (result.success && key !== '') prints[key] = result.output;
    else dropped += 1;
  }
  const sessions = isRecord(value.sessions) ? value.sessions : {};
  const session = (slot: 'practice' | 'exam'): Session | null => {
    if (sessions[slot] === null || sessions[slot] === undefined) return null;
    const result = v.safeParse(sessionSchema, sessions[slot]);
    if (result.success && result.output.mode === slot) return result.output;
    dropped += 1;
    return null;
  };
  const epoch = v.safeParse(epochSchema, value.epoch);
  if (!epoch.success && value.epoch !== undefined) dropped += 1;
  const data: ProgressData = {
    attempts: keep(attemptSchema, value.attempts),
    exams: keep(examRecordSchema, value.exams),
    flags,
    sessions: { practice: session('practice'), exam: session('exam') },
    closedSessions: keep(closedSessionSchema, value.closedSessions),
    epoch: epoch.success ? epoch.output : INITIAL_EPOCH,
    prints,
  };
  return { data, dropped };
}

/** Whether a value is a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The progress file people download and import: `{ app: 'examflow', kind: 'progress', version,
 * exportedAt, attempts, exams, flags }`. A file of an older version is migrated like saved progress;
 * an import is validated whole: a bad file changes nothing and says why.
 */
import * as v from 'valibot';
import { migrateProgress, PROGRESS_VERSION } from './migrations';
import { attemptSchema, examRecordSchema, flagMarkSchema, isRecord, keyedRecordSchema, type ProgressData } from './progress-schema';

/** The records a progress file carries. */
export type ProgressFileData = Pick<ProgressData, 'attempts' | 'exams' | 'flags'>;

/** A progress file as written by `exportProgress`. */
export interface ProgressFile extends ProgressFileData {
  app: 'examflow';
  kind: 'progress';
  version: number;
  exportedAt: string;
}

/** What an import would bring, for the confirmation step. */
export interface ProgressFileSummary {
  attempts: number;
  exams: number;
  flagged: number;
  /** Distinct questions answered. */
  questions: number;
  /** ISO times of the first and last attempt, or null when there are none. */
  first: string | null;
  last: string | null;
  exportedAt: string;
}

/** Why a file was refused: the app shows its own translated text by reason, `message` gives detail. */
export type ProgressFileError = 'not-json' | 'not-progress' | 'newer-version' | 'invalid';

const fileSchema = v.object({
  app: v.literal('examflow'),
  kind: v.literal('progress'),
  version: v.literal(PROGRESS_VERSION),
  exportedAt: v.pipe(v.string(), v.check((text) => !Number.isNaN(Date.parse(text)))),
  attempts: v.array(attemptSchema),
  exams: v.array(examRecordSchema),
  flags: keyedRecordSchema(flagMarkSchema, false),
});

/** Builds the downloadable progress file (sessions in progress are not part of it). */
export function exportProgress(state: ProgressFileData, now: number = Date.now()): ProgressFile {
  return {
    app: 'examflow',
    kind: 'progress',
    version: PROGRESS_VERSION,
    exportedAt: new Date(now).toISOString(),
    attempts: state.attempts,
    exams: state.exams,
    flags: state.flags,
  };
}

/** Reads and validates a progress file; never throws. */
export function parseProgressFile(
  json: string,
): { ok: true; data: ProgressFileData; summary: ProgressFileSummary } | { ok: false; reason: ProgressFileError; message: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return { ok: false, reason: 'not-json', message: `The file is not JSON (${String(error)}).` };
  }
  if (!isRecord(parsed) || parsed.app !== 'examflow' || parsed.kind !== 'progress') {
    return { ok: false, reason: 'not-progress', message: 'The file is not an examflow progress file.' };
  }
  if (typeof parsed.version === 'number' && parsed.version > PROGRESS_VERSION) {
    return { ok: false, reason: 'newer-version', message: `The file was made by a newer examflow (version ${parsed.version}).` };
  }
  // Files exported before the last version bump are still the person's answers: bring them up to date.
  const version = typeof parsed.version === 'number' ? parsed.version : 0;
  const migrated = version < PROGRESS_VERSION ? { ...(migrateProgress(parsed, version).state as object), version: PROGRESS_VERSION } : parsed;
  const result = v.safeParse(fileSchema, migrated);
  if (!result.success) {
    const issue = result.issues[0];
    const where = v.getDotPath(issue) ?? 'the file';
    return { ok: false, reason: 'invalid', message: `The file is damaged at ${where}: ${issue.message}` };
  }
  const { attempts, exams, flags, exportedAt } = result.output;
  return { ok: true, data: { attempts, exams, flags }, summary: summarize({ attempts, exams, flags }, exportedAt) };
}

function summarize(data: ProgressFileData, exportedAt: string): ProgressFileSummary {
  const times = data.attempts.map((attempt) => attempt.at).sort((a, b) => Date.parse(a) - Date.parse(b));
  return {
    attempts: data.attempts.length,
    exams: data.exams.length,
    flagged: Object.values(data.flags).filter((mark) => mark.flagged).length,
    questions: new Set(data.attempts.map((attempt) => attempt.questionId)).size,
    first: times[0] ?? null,
    last: times[times.length - 1] ?? null,
    exportedAt,
  };
}

/**
 * Where a person stands on each question and each note, from the saved attempts and flags: how often a
 * question was tried, how often right, and whether the latest answer was right. Lists and note pages
 * show it; the notes list filters by it.
 */
import { latestPerQuestion } from '../quiz/latest-answers';

/** The part of an attempt the status reads. */
export interface StatusAttempt {
  questionId: string;
  at: string;
  correct: boolean;
}

/** One question's record: tries, right answers, and the latest answer. */
export interface QuestionRecord {
  tries: number;
  right: number;
  /** Whether the latest answer was right. */
  lastCorrect: boolean;
}

/** A note's questions by their latest answer, and how many are flagged. */
export interface NoteStatus {
  total: number;
  /** Questions never answered. */
  untried: number;
  /** Questions whose latest answer was right. */
  right: number;
  /** Questions whose latest answer was wrong. */
  wrong: number;
  flagged: number;
}

/** Records of every answered question, the latest answer judged as everywhere else ({@link latestPerQuestion}). */
export function questionRecords(attempts: readonly StatusAttempt[]): Map<string, QuestionRecord> {
  const records = new Map<string, QuestionRecord>();
  for (const [id, last] of latestPerQuestion(attempts)) records.set(id, { tries: 0, right: 0, lastCorrect: last.correct });
  for (const attempt of attempts) {
    const record = records.get(attempt.questionId);
    if (!record) continue;
    record.tries += 1;
    if (attempt.correct) record.right += 1;
  }
  return records;
}

/** The status of a note with these question ids. */
export function noteStatusOf(questionIds: readonly string[], records: ReadonlyMap<string, QuestionRecord>, flagged: ReadonlySet<string>): NoteStatus {
  const status: NoteStatus = { total: questionIds.length, untried: 0, right: 0, wrong: 0, flagged: 0 };
  for (const id of questionIds) {
    const record = records.get(id);
    if (!record) status.untried += 1;
    else if (record.lastCorrect) status.right += 1;
    else status.wrong += 1;
    if (flagged.has(id)) status.flagged += 1;
  }
  return status;
}

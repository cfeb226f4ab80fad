/**
 * Where a person stands on each question and each note, from the saved attempts and flags: how often a
 * question was tried, how often right, and whether the latest answer was right. Lists and note pages
 * show it; the notes list filters by it.
 */

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

/** Records of every answered question; the latest answer is the one with the latest time (ties: stored last). */
export function questionRecords(attempts: readonly StatusAttempt[]): Map<string, QuestionRecord> {
  const records = new Map<string, QuestionRecord & { time: number }>();
  for (const attempt of attempts) {
    const parsed = Date.parse(attempt.at);
    // An unreadable time still counts as a try, as the oldest one, as the retry lists treat it.
    const time = Number.isNaN(parsed) ? -Infinity : parsed;
    const known = records.get(attempt.questionId) ?? { tries: 0, right: 0, lastCorrect: attempt.correct, time: -Infinity };
    known.tries += 1;
    if (attempt.correct) known.right += 1;
    if (time >= known.time) Object.assign(known, { time, lastCorrect: attempt.correct });
    records.set(attempt.questionId, known);
  }
  return new Map([...records].map(([id, { tries, right, lastCorrect }]) => [id, { tries, right, lastCorrect }]));
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

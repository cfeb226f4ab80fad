/** Orders finished exams for the list of past exams and finds the one a results page asks for. */

/** The part of a finished exam that ordering reads. */
export interface DatedExam {
  id: string;
  /** ISO time the exam ended. */
  at: string;
}

/** The exams newest first; ties in time go by id, so the order never changes between renders. */
export function newestFirst<T extends DatedExam>(exams: readonly T[]): T[] {
  const time = (exam: DatedExam) => {
    const parsed = Date.parse(exam.at);
    // An unreadable time sorts last rather than scrambling the list.
    return Number.isNaN(parsed) ? -Infinity : parsed;
  };
  return [...exams].sort((a, b) => time(b) - time(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

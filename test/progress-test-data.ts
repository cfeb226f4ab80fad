/**
 * Records for the progress tests: valid attempts, exams and sessions, built from a few fields.
 */
import { createSession, type Session } from '../src/quiz/session';
import { itemsOf, makeQuestion } from './test-questions';
import type { Attempt, ExamRecord } from '../src/store/progress-schema';

/** A valid practice attempt with the given id, question, time and verdict. */
export function attempt(id: string, questionId: string, at: string, correct = true): Attempt {
  return { id, questionId, noteSlug: 'note', at, chosen: ['A'], correct, seconds: 12, mode: 'practice' };
}

/** A valid finished-exam record. */
export function exam(id: string, at: string): ExamRecord {
  return {
    id,
    at,
    questionIds: ['q1', 'q2'],
    correct: 1,
    total: 2,
    scaled: 550,
    passed: false,
    seconds: 300,
    byTag: { 'service/kms': { correct: 1, total: 2, percentage: 50 } },
  };
}

/** A real session built by the engine, started at `at`. */
export function session(mode: 'practice' | 'exam', at: string, seed = 1): Session {
  const items = itemsOf('note', ['service/kms'], [makeQuestion('q1', ['a', 'b'], ['A']), makeQuestion('q2', ['a', 'b', 'c'], ['A', 'C'])]);
  return createSession({ selection: { kind: 'all' }, items, seed, mode, shuffleOptions: true, now: Date.parse(at) });
}

/**
 * What a person does in a study session, as actions on the real progress store: answer practice
 * questions, mark one guessed, flag, save and resume a session, finish an exam with its answers.
 */
import { createSession } from '../../quiz/session';
import { choose } from '../../quiz/session-actions';
import { itemsOf, makeQuestion } from '../../../test/test-questions';
import type { ProgressStore } from '../progress';
import { answerOf } from './fault-world';

/** One action: does something to the store and returns the id of the answer it recorded, if any. */
export type StudyAction = (store: ProgressStore, step: number) => string[];

const items = itemsOf('note', ['service/kms', '__proto__'], [makeQuestion('q1', ['a', 'b'], ['A']), makeQuestion('constructor', ['a', 'b', 'c'], ['B'])]);

/** The actions the suite tries, in the order a person might. */
export const STUDY_ACTIONS: readonly StudyAction[] = [
  (store, step) => [store.getState().recordAttempt(answerOf(`q${step}`)).id],
  (store) => {
    const session = createSession({ selection: { kind: 'all' }, items, seed: 3, mode: 'practice', shuffleOptions: true, now: Date.parse('2026-03-01T09:00:00.000Z') });
    store.getState().saveSession(choose(session, 'A'));
    return [];
  },
  (store, step) => [store.getState().recordAttempt(answerOf('constructor')).id, store.getState().recordAttempt(answerOf(`r${step}`)).id],
  (store) => {
    const last = store.getState().attempts.at(-1);
    if (last) store.getState().setGuessed(last.id, true);
    return [];
  },
  (store) => {
    store.getState().toggleFlag('__proto__');
    return [];
  },
  (store, step) => {
    const ids = ['q1', 'constructor'].map((questionId) => store.getState().recordAttempt({ ...answerOf(questionId), id: `exam-${step}/${questionId}`, mode: 'exam' }).id);
    store.getState().recordExam({ id: `exam-${step}`, questionIds: ['q1', 'constructor'], correct: 0, total: 2, scaled: 100, passed: false, seconds: 60, byTag: {} });
    store.getState().clearSession('practice');
    return ids;
  },
];

/** Runs every action once, in order, and returns the ids of the answers recorded. */
export function runStudy(store: ProgressStore, onAnswer: (id: string) => void = () => {}): number {
  STUDY_ACTIONS.forEach((action, step) => action(store, step).forEach(onAnswer));
  return STUDY_ACTIONS.length;
}

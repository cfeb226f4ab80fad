import { useCallback, useMemo, useState } from 'react';
import { scoreAnswer } from '../../quiz/scoring';
import { chosenDisplayLabels, currentQuestionId, displayQuestion, isRevealed, type Session } from '../../quiz/session';
import { check, choiceRefusal, choose, finish, goTo } from '../../quiz/session-actions';
import type { QuizItem } from '../../quiz/types';
import { progressStore, useProgress } from '../../store/progress';
import { attemptFor, attemptId } from './attempt-records';
import type { PracticeAttemptMode } from './practice-query';

/** The practice session on screen and what the page can do with it. */
export interface Practice {
  session: Session;
  item: QuizItem | null;
  shown: ReturnType<typeof displayQuestion> | null;
  chosen: string[];
  revealed: boolean;
  correct: boolean;
  /** The option count a refused choice was limited to, or null. */
  refusedAt: number | null;
  guessed: boolean;
  choose: (label: string) => void;
  check: () => void;
  next: () => void;
  setGuessed: (guessed: boolean) => void;
}

/**
 * Drives a practice session: choices, checking (which records the attempt, as `attemptMode`), the
 * "I guessed" mark and moving on. Every change is saved, so a reload resumes exactly here; finishing
 * closes the session.
 */
export function usePractice(initial: Session, items: readonly QuizItem[], attemptMode: PracticeAttemptMode = 'practice'): Practice {
  const [session, setSession] = useState(initial);
  const [refusedAt, setRefusedAt] = useState<number | null>(null);
  const byId = useMemo(() => new Map(items.map((item) => [item.question.id, item])), [items]);
  const id = currentQuestionId(session);
  const item = id === null ? null : (byId.get(id) ?? null);
  const guessed = useProgress((s) => (id === null ? false : s.attempts.some((a) => a.id === attemptId(session.id, id) && a.guessed === true)));

  const update = useCallback((next: Session) => {
    if (next === session) return;
    setSession(next);
    if (next.finishedAt === null) progressStore.getState().saveSession(next);
    else progressStore.getState().clearSession('practice');
  }, [session]);

  const shown = item ? displayQuestion(session, item.question) : null;
  const chosenOriginal = id === null ? [] : (session.answers[id] ?? []);
  return {
    session,
    item,
    shown,
    chosen: id === null ? [] : chosenDisplayLabels(session, id),
    revealed: id !== null && isRevealed(session, id),
    correct: item ? scoreAnswer(item.question, chosenOriginal).correct : false,
    refusedAt,
    guessed,
    choose: (label) => {
      const refusal = choiceRefusal(session, label);
      setRefusedAt(refusal === 'too-many' && id ? (session.layouts[id]?.required ?? null) : null);
      update(choose(session, label));
    },
    check: () => {
      const next = check(session, Date.now());
      if (next === session || !item) return;
      progressStore.getState().recordAttempt(attemptFor(next, item, new Date().toISOString(), attemptMode));
      update(next);
    },
    next: () => {
      setRefusedAt(null);
      const last = session.current >= session.questionIds.length - 1;
      update(last ? finish(session, Date.now()) : goTo(session, session.current + 1, Date.now()));
    },
    setGuessed: (value) => {
      if (id !== null) progressStore.getState().setGuessed(attemptId(session.id, id), value);
    },
  };
}

import { useCallback, useMemo, useState } from 'react';
import { scoreAnswer } from '../../quiz/scoring';
import { chosenDisplayLabels, currentQuestionId, displayQuestion, isRevealed, sessionAttemptMode, type Session } from '../../quiz/session';
import { check, choiceRefusal, choicesShort, choose, finish, goTo } from '../../quiz/session-actions';
import type { QuizItem } from '../../quiz/types';
import { progressStore, useProgress } from '../../store/progress';
import { attemptFor, sessionAttemptId } from '../../quiz/attempt-records';

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
  /** Set when Check was refused because too few options are chosen: how many the question asks for and how many it has. */
  checkRefused: { count: number; chosen: number } | null;
  guessed: boolean;
  choose: (label: string) => void;
  check: () => void;
  next: () => void;
  setGuessed: (guessed: boolean) => void;
}

/**
 * Drives a practice session: choices, checking (which records the attempt with the mode its origin gives, see `sessionAttemptMode`), the
 * "I guessed" mark and moving on. Every change is saved, so a reload resumes exactly here; finishing
 * closes the session. A new `initial` (the live session taking over a pre-rendered start) is shown from then on.
 */
export function usePractice(initial: Session, items: readonly QuizItem[]): Practice {
  const [session, setSession] = useState(initial);
  const [refusedAt, setRefusedAt] = useState<number | null>(null);
  const [checkRefused, setCheckRefused] = useState<{ count: number; chosen: number } | null>(null);
  const [from, setFrom] = useState(initial);
  if (from !== initial) {
    setFrom(initial);
    setSession(initial);
    setRefusedAt(null);
    setCheckRefused(null);
  }
  const byId = useMemo(() => new Map(items.map((item) => [item.question.id, item])), [items]);
  const id = currentQuestionId(session);
  const item = id === null ? null : (byId.get(id) ?? null);
  // The attempt this tab recorded per question: another tab on the same session records its own.
  const [own, setOwn] = useState<ReadonlyMap<string, string>>(() => new Map());
  const answerAttempt = useProgress((s) => (id === null ? null : sessionAttemptId(s.attempts, session.id, id, own.get(id) ?? null)));
  const guessed = useProgress((s) => answerAttempt !== null && s.attempts.some((a) => a.id === answerAttempt && a.guessed === true));

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
    checkRefused,
    guessed,
    choose: (label) => {
      setCheckRefused(null);
      const refusal = choiceRefusal(session, label);
      setRefusedAt(refusal === 'too-many' && id ? (session.layouts[id]?.required ?? null) : null);
      update(choose(session, label));
    },
    check: () => {
      // Too few choices is not an answer to score: say how many the question asks for instead.
      const short = choicesShort(session);
      if (id !== null && short > 0 && !isRevealed(session, id)) {
        setRefusedAt(null);
        setCheckRefused({ count: session.layouts[id]?.required ?? short, chosen: chosenOriginal.length });
        return;
      }
      const next = check(session, Date.now());
      if (next === session || !item) return;
      const recorded = progressStore.getState().recordAttempt(attemptFor(next, item, new Date().toISOString(), sessionAttemptMode(next), newAnswerId()));
      setOwn((map) => new Map(map).set(item.question.id, recorded.id));
      update(next);
    },
    next: () => {
      setRefusedAt(null);
      setCheckRefused(null);
      const last = session.current >= session.questionIds.length - 1;
      update(last ? finish(session, Date.now()) : goTo(session, session.current + 1, Date.now()));
    },
    setGuessed: (value) => {
      if (answerAttempt !== null) progressStore.getState().setGuessed(answerAttempt, value);
    },
  };
}

function newAnswerId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

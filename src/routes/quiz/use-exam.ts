import { useMemo, useState } from 'react';
import { answeredCount, chosenDisplayLabels, currentQuestionId, displayQuestion, type Session } from '../../quiz/session';
import { choiceRefusal, choose, goTo, toggleFlag } from '../../quiz/session-actions';
import type { QuizItem } from '../../quiz/types';
import { progressStore } from '../../store/progress';

/** The exam on screen and what the page can do with it. */
export interface Exam {
  session: Session;
  item: QuizItem | null;
  shown: ReturnType<typeof displayQuestion> | null;
  chosen: string[];
  answered: number;
  flagged: boolean;
  refusedAt: number | null;
  choose: (label: string) => void;
  toggleFlag: () => void;
  goTo: (index: number) => void;
}

/** Drives an exam in progress: choices, flags and moving between questions, each change saved at once. */
export function useExam(initial: Session, items: readonly QuizItem[]): Exam {
  const [session, setSession] = useState(initial);
  const [refusedAt, setRefusedAt] = useState<number | null>(null);
  const byId = useMemo(() => new Map(items.map((item) => [item.question.id, item])), [items]);
  const id = currentQuestionId(session);
  const item = id === null ? null : (byId.get(id) ?? null);
  const update = (next: Session) => {
    if (next === session) return;
    setSession(next);
    progressStore.getState().saveSession(next);
  };
  return {
    session,
    item,
    shown: item ? displayQuestion(session, item.question) : null,
    chosen: id === null ? [] : chosenDisplayLabels(session, id),
    answered: answeredCount(session),
    flagged: id !== null && session.flagged.includes(id),
    refusedAt,
    choose: (label) => {
      const refusal = choiceRefusal(session, label);
      setRefusedAt(refusal === 'too-many' && id ? (session.layouts[id]?.required ?? null) : null);
      update(choose(session, label));
    },
    toggleFlag: () => update(toggleFlag(session)),
    goTo: (index) => {
      setRefusedAt(null);
      update(goTo(session, index, Date.now()));
    },
  };
}

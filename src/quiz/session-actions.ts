/**
 * Pure session transitions. Each returns a new session, or the same object when the move is not
 * allowed (so `next === session` means "refused"); `choiceRefusal` says why a choice was refused.
 */
import { currentQuestionId, type Session } from './session';
import { withKey } from './keyed-record';

/** Longest stretch counted for one visit of a question: a tab left open overnight is not study time. */
export const MAX_VISIT_SECONDS = 600;

/** Why `choose` would refuse a label, or null when it would accept it. */
export type ChoiceRefusal = 'no-question' | 'finished' | 'checked' | 'unknown-option' | 'too-many';

/** Says why choosing `displayLabel` on the current question is refused, or null if it is allowed. */
export function choiceRefusal(session: Session, displayLabel: string): ChoiceRefusal | null {
  const id = currentQuestionId(session);
  const layout = id === null ? undefined : session.layouts[id];
  if (id === null || !layout) return 'no-question';
  if (session.finishedAt !== null) return 'finished';
  if (session.checked.includes(id)) return 'checked';
  const index = layout.labels.indexOf(displayLabel);
  const original = layout.order[index];
  if (index < 0 || original === undefined) return 'unknown-option';
  const chosen = session.answers[id] ?? [];
  const adding = !chosen.includes(original);
  if (layout.required > 1 && adding && chosen.length >= layout.required) return 'too-many';
  return null;
}

/**
 * Chooses an option of the current question by DISPLAY label: a single-answer question switches to
 * it, a multi-answer question toggles it. Answers are stored by original label.
 */
export function choose(session: Session, displayLabel: string): Session {
  if (choiceRefusal(session, displayLabel) !== null) return session;
  const id = currentQuestionId(session)!;
  const layout = session.layouts[id]!;
  const original = layout.order[layout.labels.indexOf(displayLabel)]!;
  const chosen = session.answers[id] ?? [];
  let next: string[];
  if (layout.required === 1) {
    if (chosen.length === 1 && chosen[0] === original) return session;
    next = [original];
  } else {
    next = chosen.includes(original) ? chosen.filter((label) => label !== original) : [...chosen, original].sort();
  }
  return bump({ ...session, answers: withKey(session.answers, id, next) });
}

/** Flags or unflags a question for review (the current one by default). */
export function toggleFlag(session: Session, questionId = currentQuestionId(session)): Session {
  if (questionId === null || !session.questionIds.includes(questionId)) return session;
  const flagged = session.flagged.includes(questionId)
    ? session.flagged.filter((id) => id !== questionId)
    : [...session.flagged, questionId];
  return bump({ ...session, flagged });
}

/** Adds the time since the current question was shown to its seconds (capped per visit). */
export function recordTime(session: Session, now: number): Session {
  const id = currentQuestionId(session);
  const shown = Date.parse(session.shownAt);
  if (id === null || session.finishedAt !== null || Number.isNaN(shown)) return session;
  const elapsed = Math.min(MAX_VISIT_SECONDS, Math.max(0, Math.round((now - shown) / 1000)));
  const seconds = withKey(session.seconds, id, (session.seconds[id] ?? 0) + elapsed);
  return { ...session, seconds, shownAt: new Date(now).toISOString() };
}

/** Shows the question at `index` (clamped to the session), counting the time spent on the one left. */
export function goTo(session: Session, index: number, now: number): Session {
  if (session.questionIds.length === 0 || !Number.isFinite(index)) return session;
  const target = Math.min(session.questionIds.length - 1, Math.max(0, Math.floor(index)));
  if (target === session.current) return session;
  return bump({ ...recordTime(session, now), current: target, shownAt: new Date(now).toISOString() });
}

/**
 * How many more options the current question needs before its answer is complete: a "Select 2" question
 * with one choice is one short. Zero when it has as many as it asks for, or there is no question.
 */
export function choicesShort(session: Session): number {
  const id = currentQuestionId(session);
  const layout = id === null ? undefined : session.layouts[id];
  if (id === null || !layout) return 0;
  return Math.max(0, layout.required - (session.answers[id]?.length ?? 0));
}

/** Whether the current practice question can be checked: as many options chosen as it asks for, not yet checked. */
export function canCheck(session: Session): boolean {
  const id = currentQuestionId(session);
  if (id === null || session.mode !== 'practice' || session.finishedAt !== null) return false;
  return !session.checked.includes(id) && (session.answers[id]?.length ?? 0) > 0 && choicesShort(session) === 0;
}

/** Practice: reveals and locks the answer of the current question. Refused in exams. */
export function check(session: Session, now: number): Session {
  if (!canCheck(session)) return session;
  const id = currentQuestionId(session)!;
  return bump({ ...recordTime(session, now), checked: [...session.checked, id] });
}

/** Ends the session (an exam at submit or when time is up); later choices are refused. */
export function finish(session: Session, now: number): Session {
  if (session.finishedAt !== null) return session;
  return bump({ ...recordTime(session, now), finishedAt: new Date(now).toISOString() });
}

/**
 * Ends an exam at `now`, or at its deadline when that came first: an exam submitted after its tab was
 * closed past the deadline ended exactly when time ran out, not when the tab came back.
 */
export function finishExam(session: Session, now: number): Session {
  const deadline = session.deadline === null ? Number.NaN : Date.parse(session.deadline);
  return finish(session, Number.isNaN(deadline) ? now : Math.min(now, deadline));
}

function bump(session: Session): Session {
  return { ...session, revision: session.revision + 1 };
}

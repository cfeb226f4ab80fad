/**
 * Faults of several tabs: two and three tabs interleaving every action with storage events delivered
 * at any point (fast-check draws the orders), a tab reloaded mid-way, and a service-worker update
 * in the middle of an exam (the page reloads onto the new version and resumes the saved exam).
 */
import fc from 'fast-check';
import { createSession } from '../../quiz/session';
import { choose, goTo } from '../../quiz/session-actions';
import { itemsOf, makeQuestion } from '../../../test/test-questions';
import type { ProgressStore } from '../progress';
import { emptyFigure, countRecovered, type FaultFigure } from './fault-figure';
import { answerOf, attemptIds, FaultBrowser } from './fault-world';
import { STUDY_ACTIONS } from './study-script';

type Command = { tab: number; act: 'study'; action: number } | { tab: number; act: 'flush' | 'reload' };

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ tab: fc.nat(2), act: fc.constant('study' as const), action: fc.nat(STUDY_ACTIONS.length - 1) }),
  fc.record({ tab: fc.nat(2), act: fc.constantFrom('flush' as const, 'reload' as const) }),
);

/** Two and three tabs doing any actions in any order; every answer must reach every tab and storage. */
export function tabsInterleaving(runs = 120): FaultFigure {
  const figure = emptyFigure();
  fc.assert(
    fc.property(fc.integer({ min: 2, max: 3 }), fc.array(command, { minLength: 1, maxLength: 25 }), (count, commands) => {
      const browser = new FaultBrowser();
      const tabs: ProgressStore[] = Array.from({ length: count }, () => browser.open());
      const written = new Set<string>();
      commands.forEach((next, step) => {
        const index = next.tab % count;
        figure.actions += 1;
        if (next.act === 'study') STUDY_ACTIONS[next.action]!(tabs[index]!, step).forEach((id) => written.add(id));
        else if (next.act === 'flush') browser.flush();
        else {
          tabs[index]!.stopSync();
          tabs[index] = browser.open();
        }
      });
      browser.flush();
      for (const tab of tabs) {
        const held = attemptIds(tab);
        for (const id of written) if (!held.has(id)) throw new Error(`a tab lost answer ${id}`);
      }
      countRecovered(figure, written, attemptIds(FaultBrowser.restored(browser.data).open(null)));
    }),
    { numRuns: runs, seed: 14 },
  );
  return figure;
}

const items = itemsOf('note', ['service/kms'], ['q1', 'q2', 'q3', 'q4'].map((id) => makeQuestion(id, ['a', 'b', 'c'], ['B'])));

/** An exam answered up to question k, then the page reloads onto a new service worker, for every k. */
export function updateMidExam(): FaultFigure {
  const figure = emptyFigure();
  for (let k = 0; k <= items.length; k += 1) {
    const browser = new FaultBrowser();
    const before = browser.open();
    const start = Date.parse('2026-03-01T09:00:00.000Z');
    let session = createSession({ selection: { kind: 'all' }, items, seed: 5, mode: 'exam', shuffleOptions: false, now: start, keepOrder: true });
    for (let index = 0; index < k; index += 1) {
      session = goTo(choose(goTo(session, index, start + index * 1000), 'B'), index, start + index * 1000 + 500);
      before.getState().saveSession(session);
      figure.actions += 1;
    }
    // The update: this page goes away, the new version loads from the same storage.
    before.stopSync();
    const after = browser.open();
    let resumed = after.getState().sessions.exam ?? session;
    if (k > 0 && resumed.id !== session.id) throw new Error('the exam in progress was not resumed after the update');
    for (let index = k; index < items.length; index += 1) resumed = choose(goTo(resumed, index, start + index * 1000), 'B');
    const written = new Set(
      resumed.questionIds.map((questionId) => after.getState().recordAttempt({ ...answerOf(questionId), id: `${resumed.id}/${questionId}`, chosen: resumed.answers[questionId] ?? [], mode: 'exam' }).id),
    );
    after.getState().recordExam({ id: resumed.id, questionIds: resumed.questionIds, correct: 4, total: 4, scaled: 1000, passed: true, seconds: 9, byTag: {} });
    after.getState().clearSession('exam');
    figure.actions += items.length - k + 1;
    const reloaded = FaultBrowser.restored(browser.data).open(null);
    if (reloaded.getState().attempts.some((attempt) => attempt.chosen.join() !== 'B')) throw new Error('an exam answer changed across the update');
    countRecovered(figure, written, attemptIds(reloaded));
  }
  return figure;
}

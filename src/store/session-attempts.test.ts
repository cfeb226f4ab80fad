import { attemptFor, sessionAttemptId } from '../quiz/attempt-records';
import { choose } from '../quiz/session-actions';
import { startTwoNoteSession, twoNoteItems } from '../../test/test-questions';
import { FakeBrowser, type FakeTab } from '../../test/storage-fake';
import { createProgressStore } from './progress';

const items = twoNoteItems;
const start = startTwoNoteSession;

describe('one practice session in two tabs', () => {
  const open = (tab: FakeTab) => createProgressStore({ getStorage: () => tab.storage, events: tab.events, vault: null });

  test('keeps both answers of one question, each its own attempt, and each tab finds its own for "I guessed"', () => {
    const browser = new FakeBrowser();
    const [first, second] = [open(browser.tab()), open(browser.tab())];
    const session = start('practice');
    const wrong = attemptFor(choose(session, 'A'), items[0]!, '2026-03-01T09:01:00.000Z', 'practice', 'tab1');
    const right = attemptFor(choose(session, 'C'), items[0]!, '2026-03-01T09:01:05.000Z', 'practice', 'tab2');
    first.getState().recordAttempt(wrong);
    second.getState().recordAttempt(right);
    browser.flush();
    for (const store of [first, second, open(browser.tab())]) {
      expect(store.getState().attempts.map((a) => [a.chosen, a.correct])).toEqual([[['A'], false], [['C'], true]]);
    }
    const attempts = first.getState().attempts;
    expect(sessionAttemptId(attempts, session.id, 'q-kms', wrong.id ?? null)).toBe(wrong.id);
    // After a reload the tab no longer knows which was its own: the latest answer is the one marked.
    expect(sessionAttemptId(attempts, session.id, 'q-kms', null)).toBe(right.id);
    expect(sessionAttemptId(attempts, 'other-session', 'q-kms', null)).toBeNull();
  });
});

import { choose } from '../quiz/session-actions';
import { exportProgress, parseProgressFile } from './progress-file';
import { createProgressStore, flaggedIds, PROGRESS_KEY, progressHistory } from './progress';
import { PROGRESS_VERSION } from './migrations';
import { attempt, session } from '../../test/progress-test-data';
import { FakeBrowser, type FakeTab } from '../../test/storage-fake';

let clock = Date.parse('2026-03-01T09:00:00.000Z');
let ids = 0;
beforeEach(() => {
  clock = Date.parse('2026-03-01T09:00:00.000Z');
  ids = 0;
});

function open(tab: FakeTab) {
  return createProgressStore({ getStorage: () => tab.storage, events: tab.events, now: () => clock, newId: () => `id${(ids += 1)}` });
}

function saved(browser: FakeBrowser) {
  return JSON.parse(browser.data.get(PROGRESS_KEY) ?? 'null');
}

const answer = { questionId: 'q1', noteSlug: 'kms', chosen: ['C'], correct: true, seconds: 20, mode: 'practice' as const };

describe('saving and restoring', () => {
  test('records attempts, exams and flags, and a new tab reads them back', () => {
    const browser = new FakeBrowser();
    const store = open(browser.tab());
    const recorded = store.getState().recordAttempt(answer);
    expect(recorded).toMatchObject({ id: 'id1', at: '2026-03-01T09:00:00.000Z' });
    store.getState().toggleFlag('q1');
    store.getState().recordExam({ questionIds: ['q1'], correct: 1, total: 1, scaled: 1000, passed: true, seconds: 60, byTag: {} });
    expect(saved(browser).version).toBe(PROGRESS_VERSION);
    const again = open(browser.tab()).getState();
    expect(again.attempts).toEqual([recorded]);
    expect(again.exams).toHaveLength(1);
    expect(flaggedIds(again)).toEqual(['q1']);
    expect(progressHistory(again)).toEqual({ attempts: [recorded], flagged: ['q1'] });
    expect(again.storageProblem).toBeNull();
  });

  test('an exam in progress survives a reload, deadline and answers included', () => {
    const browser = new FakeBrowser();
    const exam = choose(session('exam', '2026-03-01T09:00:00.000Z'), 'A');
    open(browser.tab()).getState().saveSession(exam);
    const restored = open(browser.tab()).getState().sessions.exam;
    expect(restored).toEqual(exam);
    expect(restored?.deadline).not.toBeNull();
  });

  test('a cleared session stays closed and cannot be saved again', () => {
    const browser = new FakeBrowser();
    const store = open(browser.tab());
    const practice = session('practice', '2026-03-01T09:00:00.000Z');
    store.getState().saveSession(practice);
    store.getState().clearSession('practice');
    store.getState().saveSession(practice);
    expect(store.getState().sessions.practice).toBeNull();
  });

  test.each([
    ['marks an attempt guessed and stamps the change', 'id1', true, [true], ['2026-03-01T09:00:05.000Z']],
    ['leaves an unchanged mark alone', 'id1', false, [undefined], [undefined]],
    ['ignores an unknown attempt', 'nope', true, [undefined], [undefined]],
  ])('setGuessed %s', (_, id, value, guessed, updatedAt) => {
    const browser = new FakeBrowser();
    const store = open(browser.tab());
    store.getState().recordAttempt(answer);
    clock += 5000;
    store.getState().setGuessed(id, value);
    const attempts = open(browser.tab()).getState().attempts;
    expect(attempts.map((x) => x.guessed)).toEqual(guessed);
    expect(attempts.map((x) => x.updatedAt)).toEqual(updatedAt);
  });

  test('keeps the history of questions the vault no longer has', () => {
    const browser = new FakeBrowser();
    open(browser.tab()).getState().recordAttempt({ ...answer, questionId: 'deleted-question' });
    expect(open(browser.tab()).getState().attempts.map((a) => a.questionId)).toEqual(['deleted-question']);
  });
});

describe('never trusting storage', () => {
  test.each([
    ['corrupt JSON', '{"state": {"attempts": [', 'corrupt', 0],
    ['no envelope', '{"attempts": []}', 'corrupt', 0],
    ['a wrong shape', JSON.stringify({ state: { attempts: 'many' }, version: 2 }), 'invalid', 0],
    ['one bad attempt among good ones', JSON.stringify({ state: { attempts: [attempt('a1', 'q1', '2026-01-01T00:00:00.000Z'), { id: 7 }] }, version: 2 }), 'invalid', 1],
    ['a newer version', JSON.stringify({ state: { attempts: [attempt('a1', 'q1', '2026-01-01T00:00:00.000Z')] }, version: 9 }), 'newer-version', 1],
  ])('%s: starts with what can be salvaged, backs up the raw value, reports it', (_, raw, kind, kept) => {
    const browser = new FakeBrowser();
    browser.data.set(PROGRESS_KEY, raw);
    const state = open(browser.tab()).getState();
    expect(state.attempts).toHaveLength(kept);
    expect(state.storageProblem).toMatchObject({ kind, backupKey: 'examflow-progress.backup-2026-03-01T09-00-00-000Z' });
    expect(browser.data.get('examflow-progress.backup-2026-03-01T09-00-00-000Z')).toBe(raw);
    expect(state.storageProblem?.backupText).toBe(raw);
  });

  test('migrates a version 1 value and writes it back as the current version', () => {
    const browser = new FakeBrowser();
    const v1 = {
      attempts: [{ id: 'a1', questionId: 'q1', noteSlug: 'kms', at: '2025-09-01T10:00:00.000Z', choice: 'A,C', correct: true, seconds: 30 }],
      exams: [],
      flagged: ['q1'],
    };
    browser.data.set(PROGRESS_KEY, JSON.stringify({ state: v1, version: 1 }));
    const state = open(browser.tab()).getState();
    expect(state.attempts[0]).toMatchObject({ chosen: ['A', 'C'], mode: 'practice' });
    expect(flaggedIds(state)).toEqual(['q1']);
    expect(state.storageProblem).toBeNull();
    expect(saved(browser)).toMatchObject({ version: PROGRESS_VERSION, state: { attempts: [{ chosen: ['A', 'C'] }], prints: {} } });
  });

  test('a full quota is reported, never thrown, and clears once writing works again', () => {
    const browser = new FakeBrowser();
    const store = open(browser.tab());
    browser.quota = 50;
    expect(() => store.getState().recordAttempt(answer)).not.toThrow();
    expect(store.getState().storageProblem?.kind).toBe('quota');
    expect(store.getState().attempts).toHaveLength(1);
    browser.quota = Infinity;
    store.getState().recordAttempt(answer);
    expect(store.getState().storageProblem).toBeNull();
    expect(saved(browser).state.attempts).toHaveLength(2);
  });

  test('a storage that throws on access leaves an empty, working store', () => {
    const store = createProgressStore({
      getStorage: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      events: null,
    });
    expect(store.getState().storageProblem?.kind).toBe('unavailable');
    expect(() => store.getState().recordAttempt(answer)).not.toThrow();
    expect(store.getState().attempts).toHaveLength(1);
  });
});

describe('two tabs', () => {
  test('do not overwrite each other: attempts are unioned and both tabs converge', () => {
    const browser = new FakeBrowser();
    const a = open(browser.tab());
    const b = open(browser.tab());
    a.getState().recordAttempt({ ...answer, questionId: 'qa' });
    b.getState().recordAttempt({ ...answer, questionId: 'qb' });
    expect(browser.flush()).toBeLessThanOrEqual(3);
    const ids = (s: typeof a) => s.getState().attempts.map((x) => x.questionId).sort();
    expect(ids(a)).toEqual(['qa', 'qb']);
    expect(ids(b)).toEqual(['qa', 'qb']);
    expect(saved(browser).state.attempts).toHaveLength(2);
  });

  test('an unflag in one tab is not undone by the other', () => {
    const browser = new FakeBrowser();
    const a = open(browser.tab());
    const b = open(browser.tab());
    a.getState().toggleFlag('q1');
    browser.flush();
    clock += 1000;
    b.getState().toggleFlag('q1');
    browser.flush();
    expect(flaggedIds(a.getState())).toEqual([]);
    expect(flaggedIds(b.getState())).toEqual([]);
  });

  test('an "I guessed" mark made in one tab is kept by both, and so is a later unmark in the other', () => {
    const browser = new FakeBrowser();
    const a = open(browser.tab());
    const b = open(browser.tab());
    const { id } = a.getState().recordAttempt(answer);
    browser.flush();
    clock += 1000;
    b.getState().setGuessed(id, true);
    browser.flush();
    const guessed = (s: typeof a) => s.getState().attempts.map((x) => x.guessed);
    expect(guessed(a)).toEqual([true]);
    expect(guessed(b)).toEqual([true]);
    expect(saved(browser).state.attempts).toEqual([expect.objectContaining({ guessed: true, updatedAt: '2026-03-01T09:00:01.000Z' })]);
    clock += 1000;
    a.getState().setGuessed(id, false);
    browser.flush();
    expect(guessed(a)).toEqual([false]);
    expect(guessed(b)).toEqual([false]);
  });

  test('a reset in one tab empties the other instead of being undone', () => {
    const browser = new FakeBrowser();
    const a = open(browser.tab());
    const b = open(browser.tab());
    a.getState().recordAttempt(answer);
    browser.flush();
    clock += 1000;
    b.getState().reset();
    browser.flush();
    expect(a.getState().attempts).toEqual([]);
    expect(saved(browser).state.attempts).toEqual([]);
  });

  test('a finished exam does not come back from a tab that still shows it', () => {
    const browser = new FakeBrowser();
    const a = open(browser.tab());
    const b = open(browser.tab());
    a.getState().saveSession(session('exam', '2026-03-01T09:00:00.000Z'));
    browser.flush();
    expect(b.getState().sessions.exam).not.toBeNull();
    b.getState().clearSession('exam');
    browser.flush();
    expect(a.getState().sessions.exam).toBeNull();
  });

  test('ignores an unreadable value written by something else', () => {
    const browser = new FakeBrowser();
    const a = open(browser.tab());
    const intruder = browser.tab();
    a.getState().recordAttempt(answer);
    intruder.storage.setItem(PROGRESS_KEY, '{broken');
    intruder.storage.setItem('another-key', '{}');
    expect(() => browser.flush()).not.toThrow();
    expect(a.getState().attempts).toHaveLength(1);
  });

  test('stopSync stops listening', () => {
    const browser = new FakeBrowser();
    const a = open(browser.tab());
    const b = open(browser.tab());
    a.stopSync();
    b.getState().recordAttempt(answer);
    browser.flush();
    expect(a.getState().attempts).toEqual([]);
  });
});

describe('import', () => {
  test('mergeFrom adds a file; replaceAll replaces attempts, exams and flags', () => {
    const browser = new FakeBrowser();
    const store = open(browser.tab());
    store.getState().recordAttempt(answer);
    const parsed = parseProgressFile(JSON.stringify(exportProgress({ attempts: [attempt('f1', 'q9', '2026-01-01T00:00:00.000Z')], exams: [], flags: {} })));
    if (!parsed.ok) throw new Error(parsed.message);
    store.getState().mergeFrom(parsed.data);
    expect(store.getState().attempts.map((a) => a.id)).toEqual(['f1', 'id1']);
    store.getState().replaceAll(parsed.data);
    expect(store.getState().attempts.map((a) => a.id)).toEqual(['f1']);
    expect(open(browser.tab()).getState().attempts.map((a) => a.id)).toEqual(['f1']);
  });

  test('a bad file changes nothing', () => {
    const browser = new FakeBrowser();
    const store = open(browser.tab());
    store.getState().recordAttempt(answer);
    const before = browser.data.get(PROGRESS_KEY);
    const parsed = parseProgressFile('{"app":"examflow","kind":"progress","version":2}');
    expect(parsed.ok).toBe(false);
    expect(browser.data.get(PROGRESS_KEY)).toBe(before);
  });
});

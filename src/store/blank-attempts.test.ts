import { countDue, summarizeReview } from '../review/review-summary';
import { wrongQuestionIds } from '../quiz/selection';
import { memoryVault } from './backup-vault';
import { createProgressStore, PROGRESS_KEY, progressHistory } from './progress';
import { parseProgressFile } from './progress-file';
import { readRemoteProgress } from './progress-sync';
import { FakeBrowser, type FakeTab } from '../../test/storage-fake';

// Saved progress from before blank exam questions stopped being recorded: an exam of four questions,
// submitted early with one answered right, one answered wrong and two left blank (empty attempts).
const examAt = '2026-11-01T09:00:00.000Z';
const attemptOf = (questionId: string, chosen: string[], correct: boolean) =>
  ({ id: `exam-1/${questionId}`, questionId, noteSlug: 'kms', at: examAt, chosen, chosenTexts: chosen.map(() => 'text'), correct, seconds: 0, mode: 'exam' });
const before = {
  attempts: [attemptOf('q1', ['A'], true), attemptOf('q2', ['B'], false), attemptOf('q3', [], false), attemptOf('q4', [], false)],
  exams: [{ id: 'exam-1', at: examAt, questionIds: ['q1', 'q2', 'q3', 'q4'], correct: 1, total: 4, scaled: 325, passed: false, seconds: 60, byTag: {} }],
  flags: {},
  sessions: { practice: null, exam: null },
  closedSessions: [],
  epoch: { id: 'initial', at: '1970-01-01T00:00:00.000Z' },
  prints: {},
};
const savedBefore = JSON.stringify({ state: before, version: 4 });
const live = new Set(['q1', 'q2', 'q3', 'q4']);
const anHourLater = Date.parse('2026-11-01T10:00:00.000Z');

function open(tab: FakeTab) {
  return createProgressStore({ getStorage: () => tab.storage, events: tab.events, now: () => anHourLater, newId: () => 'id', vault: memoryVault() });
}

describe('progress saved with an empty attempt for each blank exam question', () => {
  test('loads with only the answers given, so due counts, Review and the wrong list agree on one question', () => {
    const browser = new FakeBrowser();
    browser.data.set(PROGRESS_KEY, savedBefore);
    const state = open(browser.tab()).getState();
    expect(state.storageProblem).toBeNull();
    expect(state.attempts.map((attempt) => attempt.questionId)).toEqual(['q1', 'q2']);
    expect(countDue(state.attempts, live, anHourLater)).toBe(1);
    expect(summarizeReview(state.attempts, live, anHourLater)).toMatchObject({ answered: 2, due: ['q2'] });
    expect([...wrongQuestionIds(progressHistory(state))]).toEqual(['q2']);
    expect(state.exams[0]).toMatchObject({ correct: 1, total: 4 });
  });

  test('is written back without them, so the next load reads the same', () => {
    const browser = new FakeBrowser();
    browser.data.set(PROGRESS_KEY, savedBefore);
    open(browser.tab());
    const written = JSON.parse(browser.data.get(PROGRESS_KEY)!) as { state: typeof before };
    expect(written.state.attempts.map((attempt) => attempt.questionId)).toEqual(['q1', 'q2']);
    expect(open(browser.tab()).getState().attempts).toHaveLength(2);
  });

  test('arriving from a tab still on the old version, or from an exported file, brings no empty attempt', () => {
    expect(readRemoteProgress(savedBefore)?.attempts.map((attempt) => attempt.questionId)).toEqual(['q1', 'q2']);
    const file = JSON.stringify({ app: 'examflow', kind: 'progress', version: 4, exportedAt: examAt, attempts: before.attempts, exams: before.exams, flags: {} });
    const parsed = parseProgressFile(file);
    expect(parsed.ok && parsed.data.attempts.map((attempt) => attempt.questionId)).toEqual(['q1', 'q2']);
    expect(parsed.ok && parsed.summary).toMatchObject({ attempts: 2, questions: 2 });
  });

  test('a damaged value of that version that has no room for its copy is kept as it is, not migrated over', () => {
    const browser = new FakeBrowser();
    const damaged = JSON.stringify({ state: { ...before, attempts: [...before.attempts, { id: 'x'.repeat(3000) }] }, version: 4 });
    browser.data.set(PROGRESS_KEY, damaged);
    browser.quota = damaged.length + PROGRESS_KEY.length + 500;
    const store = createProgressStore({ getStorage: () => browser.tab().storage, events: null, now: () => anHourLater, newId: () => 'id', vault: null });
    expect(store.getState().storageProblem).toMatchObject({ held: true });
    expect(browser.data.get(PROGRESS_KEY)).toBe(damaged);
  });
});

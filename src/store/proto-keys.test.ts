import { summarizeResults } from '../quiz/results';
import { createSession } from '../quiz/session';
import { check, choose, goTo } from '../quiz/session-actions';
import { itemsOf, makeQuestion } from '../../test/test-questions';
import { mergeFlags } from './progress-merge';
import { exportProgress, parseProgressFile } from './progress-file';
import { createProgressStore, flaggedIds } from './progress';
import { FakeBrowser, type FakeTab } from '../../test/storage-fake';

// Names that are keys of every plain object's prototype: written as `obj[name] =` they vanish or
// replace the prototype, and read from `{}` they find a function where nothing was saved.
const NAMES = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString'];
const open = (tab: FakeTab) => createProgressStore({ getStorage: () => tab.storage, events: tab.events, vault: null });
const at = '2026-03-01T09:00:00.000Z';

describe.each(NAMES)('the name %s', (name) => {
  const items = itemsOf(name, [name, `${name}/child`], [makeQuestion(name, ['a', 'b'], ['A']), makeQuestion('plain', ['a', 'b'], ['B'])]);

  test('as a tag, survives exam results, the saved exam and an import', () => {
    const results = summarizeResults(items.map((item, index) => ({ tags: item.tags, correct: index === 0 })));
    expect(Object.keys(results.byTag)).toEqual(expect.arrayContaining([name, `${name}/child`]));
    expect(Object.hasOwn(results.byTag, name)).toBe(true);
    const browser = new FakeBrowser();
    open(browser.tab()).getState().recordExam({ questionIds: [name], correct: 1, total: 2, scaled: 550, passed: false, seconds: 9, byTag: results.byTag, at });
    const saved = open(browser.tab()).getState().exams[0]!;
    expect(saved.byTag[name]).toEqual({ correct: 1, total: 2, percentage: 50 });
    const file = parseProgressFile(JSON.stringify(exportProgress({ attempts: [], exams: [saved], flags: {} })));
    expect(file.ok && file.data.exams[0]!.byTag[name]).toEqual({ correct: 1, total: 2, percentage: 50 });
  });

  test('as a question id, survives flags (toggle, reload, merge, import)', () => {
    const browser = new FakeBrowser();
    open(browser.tab()).getState().toggleFlag(name);
    const reloaded = open(browser.tab()).getState();
    expect(flaggedIds(reloaded)).toEqual([name]);
    expect(flaggedIds({ flags: mergeFlags(reloaded.flags, {}) })).toEqual([name]);
    const file = parseProgressFile(JSON.stringify(exportProgress(reloaded)));
    expect(file.ok && flaggedIds(file.data)).toEqual([name]);
    // A name never flagged is not flagged, whatever the prototype holds.
    expect(flaggedIds(open(new FakeBrowser().tab()).getState())).toEqual([]);
  });

  test('as a question id, keeps its answers, layout and time in a saved session', () => {
    let session = createSession({ selection: { kind: 'all' }, items, seed: 1, mode: 'practice', shuffleOptions: false, now: Date.parse(at), keepOrder: true });
    // Unanswered, the question has no answer, not the prototype's function.
    expect(check(session, Date.parse(at))).toBe(session);
    session = check(choose(session, 'A'), Date.parse(at) + 4000);
    session = goTo(session, 1, Date.parse(at) + 5000);
    const browser = new FakeBrowser();
    open(browser.tab()).getState().saveSession(session);
    const restored = open(browser.tab()).getState().sessions.practice!;
    expect(restored.answers[name]).toEqual(['A']);
    expect(restored.layouts[name]?.labels).toEqual(['A', 'B']);
    expect(restored.seconds[name]).toBe(5);
    expect(restored.answers.plain).toBeUndefined();
  });
});

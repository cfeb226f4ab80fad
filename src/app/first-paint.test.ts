// @vitest-environment jsdom
import { SETTINGS_KEY } from '../store/settings';
import { createProgressStore, PROGRESS_KEY, type ProgressStore } from '../store/progress';
import { session } from '../../test/progress-test-data';
import { FakeBrowser } from '../../test/storage-fake';
import { loadKoreanPack } from '../i18n/korean-pack';
import { firstPaintScript, KOREAN_PACK_WAIT_MS } from './first-paint';

// The script sets a timer for a reader of another language: a fake one, so no test's timer runs in another's.
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** Runs the inline script on a page whose saved settings are `saved`, and returns what it marked on <html>. */
function marksFor(saved: object | null): DOMStringMap {
  localStorage.clear();
  for (const key of Object.keys(document.documentElement.dataset)) delete document.documentElement.dataset[key];
  if (saved) localStorage.setItem(SETTINGS_KEY, JSON.stringify({ state: saved, version: 1 }));
  new Function(firstPaintScript())();
  return document.documentElement.dataset;
}

describe('firstPaintScript', () => {
  test.each([
    ['nothing saved', null, false],
    ['options in the note order', { language: 'en', theme: 'light', shuffleOptions: false }, false],
    ['shuffled options', { language: 'en', theme: 'light', shuffleOptions: true }, true],
    ['a value that is not a setting', { language: 'en', theme: 'light', shuffleOptions: 'yes' }, false],
  ])('%s: the page is marked for shuffled options only when they are', (_name, saved, marked) => {
    expect(marksFor(saved).shuffleOptions !== undefined).toBe(marked);
  });

  test('the page is marked as one whose scripts run, whatever is saved', () => {
    expect(marksFor(null).scripts).toBe('');
    expect(marksFor({ language: 'ko', theme: 'dark' }).scripts).toBe('');
  });

  test('while the page is parsed, the header is unseen until <main> begins, and <main> until its first screen has come', async () => {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    try {
      const marks = marksFor(null);
      expect([marks.headerPending, marks.firstScreenPending]).toEqual(['', '']);
      const header = document.createElement('header');
      document.body.append(header);
      await new Promise<void>((resolve) => queueMicrotask(resolve));
      expect([marks.headerPending, marks.firstScreenPending]).toEqual(['', '']);
      const main = document.createElement('main');
      main.className = 'app-main';
      document.body.append(main);
      await new Promise<void>((resolve) => queueMicrotask(resolve));
      expect([marks.headerPending, marks.firstScreenPending]).toEqual([undefined, '']);
      header.remove();
      main.remove();
    } finally {
      Reflect.deleteProperty(document, 'readyState');
      document.dispatchEvent(new Event('DOMContentLoaded'));
    }
  });

  test('the saved theme is applied', () => {
    expect(marksFor({ language: 'en', theme: 'dark' }).theme).toBe('dark');
  });

  test.each(['en', 'ko'])('a script that fails to load takes away every mark that waits for the app (%s reader)', (language) => {
    localStorage.clear();
    for (const key of Object.keys(document.documentElement.dataset)) delete document.documentElement.dataset[key];
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ state: { language, theme: 'dark', shuffleOptions: true }, version: 1 }));
    localStorage.setItem(PROGRESS_KEY, '{"state":{"practice":{"id":"s"}},"version":5}');
    new Function(firstPaintScript())();
    const marks = document.documentElement.dataset;
    expect(marks.shuffleOptions).toBeDefined();
    expect(marks.practiceSaved).toBeDefined();
    const script = document.createElement('script');
    document.head.append(script);
    script.dispatchEvent(new Event('error'));
    script.remove();
    expect({ ...marks }).toEqual({ scripts: '', theme: 'dark', progressSaved: '' });
  });
});

describe('firstPaintScript, for a Korean reader of English pages', () => {
  test('a pack that has not come by KOREAN_PACK_WAIT_MS: the page shows (in English)', () => {
    expect(marksFor({ language: 'ko', theme: 'light' }).pendingLanguage).toBe('ko');
    vi.advanceTimersByTime(KOREAN_PACK_WAIT_MS);
    expect(document.documentElement.dataset.pendingLanguage).toBeUndefined();
  });

  test('a pack that has arrived: the page waits for the app to draw it in Korean, however long that takes', async () => {
    expect(marksFor({ language: 'ko', theme: 'light' }).pendingLanguage).toBe('ko');
    await loadKoreanPack();
    vi.advanceTimersByTime(KOREAN_PACK_WAIT_MS * 4);
    expect(document.documentElement.dataset.pendingLanguage).toBe('ko');
  });
});

/** What the progress store writes after `act`: a store's own text, as the first-paint script meets it. */
function progressWrittenAfter(act: (store: ProgressStore) => void): string {
  const browser = new FakeBrowser();
  const tab = browser.tab();
  const store = createProgressStore({ getStorage: () => tab.storage, events: null, now: () => Date.parse('2026-03-01T09:00:00.000Z'), newId: () => 'id', vault: null });
  act(store);
  return browser.data.get(PROGRESS_KEY)!;
}

/** Runs the inline script with `progress` saved, and returns whether it marked a practice in progress. */
function practiceMarkFor(progress: string | null): boolean {
  localStorage.clear();
  for (const key of Object.keys(document.documentElement.dataset)) delete document.documentElement.dataset[key];
  if (progress !== null) localStorage.setItem(PROGRESS_KEY, progress);
  new Function(firstPaintScript())();
  return document.documentElement.dataset.practiceSaved !== undefined;
}

describe('firstPaintScript, for a reader with a practice in progress', () => {
  const practice = session('practice', '2026-03-01T09:00:00.000Z');
  const answer = { questionId: 'practice', noteSlug: 'practice', chosen: ['A'], correct: true, seconds: 3, mode: 'practice' as const };
  test.each([
    ['nothing saved', null, false],
    ['answers only', progressWrittenAfter((store) => store.getState().recordAttempt(answer)), false],
    ['an exam in progress only', progressWrittenAfter((store) => store.getState().saveSession(session('exam', '2026-03-01T09:00:00.000Z'))), false],
    ['a practice in progress', progressWrittenAfter((store) => store.getState().saveSession(practice)), true],
    ['a practice that was closed', progressWrittenAfter((store) => { store.getState().saveSession(practice); store.getState().clearSession('practice'); }), false],
    ['a flag and a question print keyed "practice"', progressWrittenAfter((store) => {
      store.getState().toggleFlag('practice');
      store.getState().recordAttempt({ ...answer, print: { slug: 'practice', stem: '"practice":null', options: ['"practice":null'] } });
      store.getState().saveSession(practice);
    }), true],
    ['a value it cannot read', '{"state":', true],
  ])('%s: marked %s', (_name, progress, marked) => {
    expect(practiceMarkFor(progress)).toBe(marked);
    expect(document.documentElement.dataset.progressSaved !== undefined).toBe(progress !== null);
  });
});

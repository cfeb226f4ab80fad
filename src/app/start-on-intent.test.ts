// @vitest-environment jsdom
import { CONTROL_SELECTOR, INTENT_EVENTS, isIntent, SAVED_KEY_PREFIX, startOnIntent, waitsForIntent, type IntentHost, type Visit } from './start-on-intent';

const firstVisit: Visit = { savedKeys: [], controlled: false, pendingLanguage: false };

describe('waitsForIntent', () => {
  test.each<[string, Partial<Visit>, boolean]>([
    ['a first visit: nothing saved, no service worker, the page as pre-rendered', {}, true],
    ['keys of other sites on the same origin', { savedKeys: ['theme', 'other-app-examflow-'] }, true],
    ['saved settings', { savedKeys: ['examflow-settings'] }, false],
    ['saved progress (a session in progress is kept in it)', { savedKeys: ['theme', 'examflow-progress'] }, false],
    ['a reading list', { savedKeys: ['examflow-reading-list'] }, false],
    ['only a backup of an unreadable value', { savedKeys: ['examflow-progress.backup-2026-01-01T00-00-00-000Z'] }, false],
    ['a service worker answering the page (the scripts are cached)', { controlled: true }, false],
    ["a page that waits, hidden, to be drawn in the reader's language", { pendingLanguage: true }, false],
  ])('%s: %s', (_, visit, waits) => {
    expect(waitsForIntent({ ...firstVisit, ...visit }, SAVED_KEY_PREFIX)).toBe(waits);
  });
});

describe('isIntent', () => {
  document.body.innerHTML = `<main><p class="text">Read me <span class="inside">here</span></p>
    <a class="link" href="/notes"><span class="glyph">→</span></a><a class="anchor">no href</a>
    <button class="button">Search</button><details><summary class="summary">Tag</summary></details>
    <input class="field"><div class="focusable" tabindex="-1">region</div></main>`;
  const at = (selector: string) => document.querySelector(selector);

  test.each(['pointerdown', 'touchstart', 'keydown'])('a %s anywhere is intent, on text too', (type) => {
    expect(isIntent({ type, target: at('.inside') }, CONTROL_SELECTOR)).toBe(true);
    expect(isIntent({ type, target: document }, CONTROL_SELECTOR)).toBe(true);
  });

  test.each(['focusin', 'pointerover'])('a %s is intent on a control or inside one, not on text, the page or a link without a target', (type) => {
    for (const control of ['.link', '.glyph', '.button', '.summary', '.field', '.focusable']) expect(isIntent({ type, target: at(control) }, CONTROL_SELECTOR)).toBe(true);
    for (const other of ['.text', '.inside', '.anchor', 'main']) expect(isIntent({ type, target: at(other) }, CONTROL_SELECTOR)).toBe(false);
    expect(isIntent({ type, target: document }, CONTROL_SELECTOR)).toBe(false);
    expect(isIntent({ type, target: null }, CONTROL_SELECTOR)).toBe(false);
  });

  test.each(['scroll', 'wheel', 'pointermove'])('a %s is never among the events listened for', (type) => {
    expect(INTENT_EVENTS).not.toContain(type);
  });
});

/** A window with the given saved keys, whose listeners a test fires by hand. */
function fakeHost(options: { keys?: string[]; storageThrows?: boolean; controller?: unknown; pendingLanguage?: boolean } = {}) {
  const listeners = new Map<string, { listener: (event: Event) => void; options: AddEventListenerOptions }>();
  const keys = options.keys ?? [];
  const storage = {
    get length() {
      if (options.storageThrows) throw new DOMException('blocked', 'SecurityError');
      return keys.length;
    },
    key: (i: number) => keys[i] ?? null,
  };
  const host: IntentHost = {
    document: { documentElement: { dataset: options.pendingLanguage ? { pendingLanguage: 'ko' } : {} } },
    localStorage: storage,
    navigator: { serviceWorker: { controller: options.controller ?? null } },
    addEventListener: (type, listener, listenerOptions) => listeners.set(type, { listener, options: listenerOptions }),
    removeEventListener: (type, listener) => {
      if (listeners.get(type)?.listener === listener) listeners.delete(type);
    },
  };
  const fire = (type: string, target: EventTarget | null = document.body) => listeners.get(type)?.listener({ type, target } as unknown as Event);
  return { host, listeners, fire };
}

function plan() {
  return { start: vi.fn(), startAtLoad: vi.fn(), whileWaiting: vi.fn(), waits: waitsForIntent, isIntent, savedPrefix: SAVED_KEY_PREFIX, controlSelector: CONTROL_SELECTOR, events: INTENT_EVENTS };
}

describe('startOnIntent', () => {
  test('a first visit starts nothing at load, registers what a visit that only reads needs, and starts once on the first intent', () => {
    const { host, listeners, fire } = fakeHost({ keys: ['unrelated'] });
    const run = plan();
    startOnIntent(host, run);
    expect(run.startAtLoad).not.toHaveBeenCalled();
    expect(run.start).not.toHaveBeenCalled();
    expect(run.whileWaiting).toHaveBeenCalledTimes(1);
    expect([...listeners.values()].every(({ options }) => options.capture && options.passive)).toBe(true);

    fire('pointerover', document.body);
    fire('focusin', document.body);
    expect(run.start).not.toHaveBeenCalled();
    fire('pointerdown');
    expect(run.start).toHaveBeenCalledTimes(1);
    expect(listeners.size).toBe(0);
    fire('keydown');
    expect(run.start).toHaveBeenCalledTimes(1);
  });

  test.each([
    ['settings saved', { keys: ['examflow-settings'] }],
    ['a service worker in control', { controller: {} }],
    ['a page drawn in the reader\'s language by the app', { pendingLanguage: true }],
  ])('with %s the app starts at load and nothing is listened for', (_, options) => {
    const { host, listeners } = fakeHost(options);
    const run = plan();
    startOnIntent(host, run);
    expect(run.startAtLoad).toHaveBeenCalledTimes(1);
    expect(run.whileWaiting).not.toHaveBeenCalled();
    expect(listeners.size).toBe(0);
  });

  test('storage the page may not read holds nothing it saved: the visit is a first one', () => {
    const { host, fire } = fakeHost({ storageThrows: true });
    const run = plan();
    startOnIntent(host, run);
    expect(run.startAtLoad).not.toHaveBeenCalled();
    fire('keydown');
    expect(run.start).toHaveBeenCalledTimes(1);
  });
});

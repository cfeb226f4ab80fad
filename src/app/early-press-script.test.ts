// @vitest-environment jsdom
import { EARLY_PRESS_SCRIPT } from './early-press-script';
import { SETTINGS_KEY } from '../store/settings-key';
import { EARLY_PRESSES_KEY, takeEarlyPresses } from '../ui/early-presses';
import { clearEarlyBusy, EARLY_BUSY_ATTRIBUTE, hasEarlyBusy } from '../early/early-busy';

// The script exactly as built pages inline it, run in this window.
const runInlinedScript = () => new Function(EARLY_PRESS_SCRIPT)();

const HEADER = `<header>
  <button class="menu" data-early-press="menu" aria-expanded="false" aria-controls="app-menu"><span>☰</span> Menu</button>
  <div id="app-menu" class="app-menu">
    <button class="theme" data-early-press="theme" data-other-label="Use light theme" aria-label="Use dark theme" title="Use dark theme"><span>☾</span></button>
    <button class="language" data-early-press="language" lang="ko">한국어</button>
    <a href="/tags">Tags</a>
  </div>
</header>
<form>
  <label><input type="radio" name="theme" value="system" data-early-press="setting" checked> System</label>
  <label><input type="radio" name="theme" value="dark" data-early-press="setting"> Dark</label>
  <label><input type="checkbox" name="shuffleOptions" data-early-press="setting"> Shuffle</label>
  <label><input type="checkbox" name="unmarked"> Not a setting</label>
  <label><input type="number" name="examMinutes" min="1" max="600" step="1" value="180" data-early-press="setting"> Minutes</label>
  <label><input type="number" name="unmarkedNumber" value="5"> Not a setting</label>
</form>
<div class="code-block"><button class="code-copy"><span>Copy</span></button><pre><code>ls -la</code></pre></div>
<details><summary class="group"><span>A tag</span></summary></details><button class="check"><span>Check</span></button>`;

// A press lands on what the button holds where it holds something, as a click on its glyph does.
const press = (selector: string) => (document.querySelector(`${selector} span`) ?? document.querySelector(selector)!).dispatchEvent(new MouseEvent('click', { bubbles: true }));
const saved = () => JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? 'null');

describe('the early press listener of a built page', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.dataset.theme = 'light';
    document.body.innerHTML = HEADER;
    runInlinedScript();
  });
  afterEach(() => {
    takeEarlyPresses();
  });

  test('the theme button flips the theme at once, swaps its label, saves it as the settings store does, and counts every press', () => {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ state: { language: 'ko', theme: 'light', passMark: 720 }, version: 1 }));
    press('.theme');
    const button = document.querySelector('.theme')!;
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect([button.getAttribute('aria-label'), button.getAttribute('title'), button.getAttribute('data-other-label')]).toEqual(['Use light theme', 'Use light theme', 'Use dark theme']);
    expect(saved()).toEqual({ state: { language: 'ko', theme: 'dark', passMark: 720 }, version: 1 });
    press('.theme');
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(button.getAttribute('aria-label')).toBe('Use dark theme');
    expect(takeEarlyPresses()).toEqual({ settings: { theme: 'light' } });
  });

  test.each([['nothing saved', null], ['a value of another shape', '[1,2]']])('with %s, a press saves the choice alone', (_, value) => {
    if (value !== null) localStorage.setItem(SETTINGS_KEY, value);
    press('.language');
    expect(saved()).toEqual({ state: { language: 'ko' }, version: 1 });
    expect(takeEarlyPresses()).toEqual({ settings: { language: 'ko' } });
  });

  test('an unreadable saved value is left as it is (the app decides what to keep); the choice still reaches the app', () => {
    localStorage.setItem(SETTINGS_KEY, '{"state":');
    press('.language');
    expect(localStorage.getItem(SETTINGS_KEY)).toBe('{"state":');
    expect(takeEarlyPresses()).toEqual({ settings: { language: 'ko' } });
  });

  test('the menu button opens and closes its panel at once', () => {
    const button = document.querySelector('.menu')!;
    press('.menu');
    expect([button.getAttribute('aria-expanded'), document.getElementById('app-menu')!.classList.contains('is-open')]).toEqual(['true', true]);
    press('.menu');
    press('.menu');
    press('.menu');
    expect([button.getAttribute('aria-expanded'), document.getElementById('app-menu')!.classList.contains('is-open')]).toEqual(['false', false]);
    expect(takeEarlyPresses()).toEqual({ settings: {}, menuOpen: false });
  });

  test('a press elsewhere is left alone', () => {
    press('a');
    document.querySelector('header')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(takeEarlyPresses()).toEqual({ settings: {} });
  });

  const busy = () => [...document.body.querySelectorAll(`[${EARLY_BUSY_ATTRIBUTE}]`)].map((element) => element.className);

  test('a press only the app can answer shows at once that it was heard, until the app clears it; one answered at once does not', () => {
    for (const selector of ['.theme', '.menu', '.code-copy', 'a', 'header', '.language', '.group', '.check']) press(selector);
    expect(busy()).toEqual(['language', 'group', 'check']);
    expect(hasEarlyBusy()).toBe(true);
    takeEarlyPresses();
    clearEarlyBusy();
    expect(busy()).toEqual([]);
    expect(hasEarlyBusy()).toBe(false);
  });

  test('once the app has taken the choices, the listener is gone: a later press is left to the app', () => {
    press('.theme');
    expect(takeEarlyPresses()).toEqual({ settings: { theme: 'dark' } });
    expect(EARLY_PRESSES_KEY in window).toBe(false);
    press('.theme');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(takeEarlyPresses()).toBeNull();
  });
});

describe('the early listener and the Settings inputs', () => {
  beforeEach(() => {
    localStorage.clear();
    document.body.innerHTML = HEADER;
    window.matchMedia = ((query: string) => ({ matches: query === '(prefers-color-scheme: dark)' })) as unknown as typeof window.matchMedia;
    runInlinedScript();
  });
  afterEach(() => {
    takeEarlyPresses();
  });

  // A click on a radio or checkbox changes it natively; the listener hears the change event that follows.
  const choose = (selector: string) => (document.querySelector(selector) as HTMLInputElement).click();

  test('a radio or a checkbox chosen is saved under its name, and the theme is shown at once', () => {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ state: { language: 'ko', theme: 'light' }, version: 1 }));
    choose('input[value="dark"]');
    expect(document.documentElement.dataset.theme).toBe('dark');
    choose('input[name="shuffleOptions"]');
    expect(saved()).toEqual({ state: { language: 'ko', theme: 'dark', shuffleOptions: true }, version: 1 });
    choose('input[name="shuffleOptions"]');
    choose('input[name="unmarked"]');
    expect(takeEarlyPresses()).toEqual({ settings: { theme: 'dark', shuffleOptions: false } });
  });

  // Typing fires an input event per keystroke; the change event waits for the field to lose focus.
  const type = (selector: string, text: string) => {
    const input = document.querySelector(selector) as HTMLInputElement;
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };

  test('a number is saved as a number as it is typed, and only one the field accepts', () => {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ state: { examMinutes: 180 }, version: 1 }));
    type('input[name="examMinutes"]', '9');
    type('input[name="examMinutes"]', '90');
    expect(saved()).toEqual({ state: { examMinutes: 90 }, version: 1 });
    for (const refused of ['', '0', '601', '9.5']) type('input[name="examMinutes"]', refused);
    type('input[name="unmarkedNumber"]', '7');
    expect(saved()).toEqual({ state: { examMinutes: 90 }, version: 1 });
    expect(takeEarlyPresses()).toEqual({ settings: { examMinutes: 90 } });
  });

  test("the system theme shows the system's", () => {
    document.documentElement.dataset.theme = 'light';
    choose('input[value="dark"]');
    choose('input[value="system"]');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(takeEarlyPresses()).toEqual({ settings: { theme: 'system' } });
  });
});

describe('the early listener and a Copy button', () => {
  beforeEach(() => {
    document.body.innerHTML = HEADER;
    runInlinedScript();
  });
  afterEach(() => {
    takeEarlyPresses();
  });

  test('copies the code of its block and says so', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    press('.code-copy');
    await vi.waitFor(() => expect(document.querySelector<HTMLElement>('.code-copy')!.dataset.copied).toBe(''));
    expect(writeText).toHaveBeenCalledWith('ls -la');
  });
});

test('without the listener (development, tests) nothing was pressed', () => {
  expect(takeEarlyPresses()).toBeNull();
});

// @vitest-environment jsdom
import { earlySearchScript } from '../build/defer-app-start';
import { EARLY_SEARCH_KEY, takeEarlySearch } from './early-search';
import { EARLY_BUSY_ATTRIBUTE, hasEarlyBusy } from '../early/early-busy';

// The script exactly as built pages inline it, run in this window.
const SEARCH_SCRIPTS = ['/assets/search-dialog.js', '/assets/load-index.js'];
const runInlinedScript = () => new Function(earlySearchScript(SEARCH_SCRIPTS))();
const preloaded = () => Array.from(document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]'), (link) => link.getAttribute('href'));

function press(target: Element, key: string, mods: Partial<KeyboardEventInit> = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...mods });
  target.dispatchEvent(event);
  return event;
}

describe('the early search listener of a built page', () => {
  beforeEach(() => {
    document.body.innerHTML = '<header><button class="btn search-launcher"><span>Search</span></button><input type="text" aria-label="Name"></header>';
    runInlinedScript();
  });
  afterEach(() => {
    takeEarlySearch();
    document.head.innerHTML = '';
    document.documentElement.removeAttribute(EARLY_BUSY_ATTRIBUTE);
  });

  test.each([['/', {}], ['Ctrl-K', { ctrlKey: true }], ['⌘-K', { metaKey: true }]])('remembers %s pressed before the app runs, and claims the key', (name, mods) => {
    const event = press(document.body, name === '/' ? '/' : 'k', mods);
    expect(event.defaultPrevented).toBe(true);
    // The press shows it was heard: the search button is marked busy until the app answers.
    expect(document.querySelector('.search-launcher')!.hasAttribute(EARLY_BUSY_ATTRIBUTE)).toBe(true);
    // The page says it holds a mark, so the app looks for marks (src/early/early-busy.ts).
    expect(hasEarlyBusy()).toBe(true);
    // The search's own scripts start downloading at once, not when the app has started.
    expect(preloaded()).toEqual(SEARCH_SCRIPTS);
    expect(takeEarlySearch()).toBe(true);
  });

  test('asked twice, the search scripts are preloaded once', () => {
    press(document.body, '/');
    document.querySelector('.search-launcher')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(preloaded()).toEqual(SEARCH_SCRIPTS);
  });

  test('remembers a click on the search button, also on what it holds', () => {
    document.querySelector('.search-launcher span')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(preloaded()).toEqual(SEARCH_SCRIPTS);
    expect(takeEarlySearch()).toBe(true);
  });

  test('leaves a / typed into a text field, and other keys and clicks, alone', () => {
    const typed = press(document.querySelector('input')!, '/');
    const other = press(document.body, 'k');
    document.querySelector('header')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect([typed.defaultPrevented, other.defaultPrevented]).toEqual([false, false]);
    expect(document.querySelector('.search-launcher')!.hasAttribute(EARLY_BUSY_ATTRIBUTE)).toBe(false);
    expect(hasEarlyBusy()).toBe(false);
    expect(preloaded()).toEqual([]);
    expect(takeEarlySearch()).toBe(false);
  });

  test('once the app has taken it, the listener is gone: a later shortcut is left to the app', () => {
    press(document.body, '/');
    expect(takeEarlySearch()).toBe(true);
    expect(EARLY_SEARCH_KEY in window).toBe(false);
    expect(press(document.body, '/').defaultPrevented).toBe(false);
    expect(takeEarlySearch()).toBe(false);
  });
});

test('without the listener (development, tests) nothing was asked for', () => {
  expect(takeEarlySearch()).toBe(false);
});

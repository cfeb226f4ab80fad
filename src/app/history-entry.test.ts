// @vitest-environment jsdom
import { UNSAFE_createBrowserHistory as createBrowserHistory } from 'react-router';
import { firstPaintScript } from './first-paint';
import { numberHistoryEntry } from './history-entry';

beforeEach(() => window.history.replaceState(null, ''));
afterEach(() => vi.restoreAllMocks());

/** What React Router's browser history writes into the page's entry as it starts, if it writes anything. */
function routerWrites(): unknown[] {
  const replace = vi.spyOn(window.history, 'replaceState');
  createBrowserHistory();
  const written = replace.mock.calls.map(([state]) => state);
  replace.mockRestore();
  return written;
}

describe('the page\'s history entry, numbered before the app starts', () => {
  test('a new entry gets the number React Router would give it, and the router then writes nothing', () => {
    const own = routerWrites();
    expect(own).toEqual([{ idx: 0 }]);
    window.history.replaceState(null, '');
    numberHistoryEntry(window.history);
    expect(window.history.state).toEqual(own[0]);
    expect(routerWrites()).toEqual([]);
  });

  test('state already in the entry is kept beside its number', () => {
    window.history.replaceState({ scroll: 120 }, '');
    numberHistoryEntry(window.history);
    expect(window.history.state).toEqual({ scroll: 120, idx: 0 });
  });

  test('an entry the router numbered (a reload, a return to it) is left as it is', () => {
    const entry = { usr: null, key: 'k1', idx: 3 };
    window.history.replaceState(entry, '');
    const replace = vi.spyOn(window.history, 'replaceState');
    numberHistoryEntry(window.history);
    expect(replace).not.toHaveBeenCalled();
    expect(window.history.state).toEqual(entry);
  });

  test('every page\'s inline script numbers it', () => {
    localStorage.clear();
    new Function(firstPaintScript())();
    expect(window.history.state).toEqual({ idx: 0 });
    expect(routerWrites()).toEqual([]);
  });
});

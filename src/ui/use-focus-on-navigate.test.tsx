// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { useFocusOnNavigate } from './use-focus-on-navigate';

function Page({ path }: { path: string }) {
  useFocusOnNavigate(path, 'main');
  return <main id="main"><h1>{path}</h1></main>;
}

describe('useFocusOnNavigate', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  test('the first page keeps the browser\'s focus', () => {
    render(<Page path="/a" />);
    act(() => vi.runAllTimers());
    expect(document.activeElement).toBe(document.body);
  });

  test('after a route change, focus moves to the new heading once the browser has drawn the new page, not in the commit', () => {
    const { rerender, getByRole } = render(<Page path="/a" />);
    rerender(<Page path="/b" />);
    // Committed, not yet drawn: focusing now would lay the new page out inside the app's task.
    expect(document.activeElement).toBe(document.body);
    act(() => vi.advanceTimersToNextFrame());
    act(() => vi.runOnlyPendingTimers());
    expect(document.activeElement).toBe(getByRole('heading', { name: '/b' }));
  });
});

// @vitest-environment jsdom
import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { HomeRetryLinks } from './home-retry-links';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const app = <MemoryRouter><HomeRetryLinks /></MemoryRouter>;
const NAMES = ['Due for review today (0)', 'Practice the ones I got wrong (0)', 'Practice flagged questions (0)'];

/** The pre-rendered HTML, hydrated as a first visit's page is: what it then shows, and whether React found a mismatch. */
async function hydratePreRendered() {
  const container = document.createElement('div');
  container.innerHTML = renderToString(app);
  document.body.append(container);
  const before = [...container.querySelectorAll('a')].map((link) => link.getAttribute('aria-label'));
  const mismatches: unknown[] = [];
  const root = await act(async () => hydrateRoot(container, app, { onRecoverableError: (error) => mismatches.push(error) }));
  const after = [...container.querySelectorAll('a')].map((link) => link.getAttribute('aria-label'));
  return { before, after, mismatches, container, done: () => { act(() => root.unmount()); container.remove(); } };
}

// A reader with saved progress (the page then loads the counting code, which needs the build's modules) is
// e2e/saved-progress-paint.spec.ts's.
describe('HomeRetryLinks', () => {
  test('are pre-rendered with the counts of a reader with nothing saved, which a first visit keeps as it hydrates', async () => {
    const { before, after, mismatches, container, done } = await hydratePreRendered();
    expect(before).toEqual(NAMES);
    expect(mismatches).toEqual([]);
    expect(after).toEqual(NAMES);
    expect([...container.querySelectorAll('.retry-count')].map((count) => count.textContent)).toEqual(['0)', '0)', '0)']);
    done();
  });
});

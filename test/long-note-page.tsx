/**
 * The long note of long-note-fixture.tsx as its pre-rendered page, hydrated, for the tests of what the body does
 * with a page built for it. Call `prerenderedPage()` at the top of a test file (it stubs the browser's observers
 * and idle callbacks around each test), whose mocks are long-note-fixture's.
 */
import { act, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { LongNoteBody } from '../src/routes/note/long-note-body';
import { bundle, drawn, note, tick } from './long-note-fixture';

export function prerenderedPage() {
  // The elements the observer watches, and how to tell it one of them is near the view.
  const watched = new Set<Element>();
  let near: (target: Element) => void = () => {};
  // The page's idle turns, which the test runs when it says.
  const idle: ((deadline: IdleDeadline) => void)[] = [];
  const runIdle = () => act(async () => {
    for (let work = idle.shift(); work; work = idle.shift()) work({ didTimeout: false, timeRemaining: () => 50 });
    await tick();
  });
  beforeEach(() => {
    idle.length = 0;
    vi.stubGlobal('requestIdleCallback', (work: (deadline: IdleDeadline) => void) => idle.push(work));
    vi.stubGlobal('cancelIdleCallback', () => {});
    vi.stubGlobal('IntersectionObserver', class {
      constructor(callback: (entries: { isIntersecting: boolean; target: Element }[]) => void) {
        near = (target) => callback([{ isIntersecting: true, target }]);
      }
      observe(target: Element) {
        watched.add(target);
      }
      unobserve(target: Element) {
        watched.delete(target);
      }
      disconnect() {}
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  const page = () => (
    <MemoryRouter initialEntries={['/notes/long']}>
      <Routes>
        <Route path="/notes/long" element={<LongNoteBody note={note} />} />
        <Route path="/notes/other" element={<p>The other note</p>} />
      </Routes>
    </MemoryRouter>
  );

  /** Waits until a group that came near is drawn (over a frame or more) and its buttons are in. */
  const untilDrawn = (group: Element) => waitFor(() => {
    expect(group.querySelector('noscript[data-later-source]')).toBeNull();
    expect(group.querySelectorAll('.code-block button')).toHaveLength(group.querySelectorAll('.code-block').length);
  });

  /** The page as the pre-render draws it, hydrated. */
  async function hydrated() {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const { renderToString } = await import('react-dom/server');
    const { hydrateRoot } = await import('react-dom/client');
    bundle.server = true;
    vi.stubEnv('SSR', true);
    const html = renderToString(page());
    vi.unstubAllEnvs();
    bundle.server = false;
    bundle.reads.length = 0;
    drawn.length = 0;
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const root = await act(async () => hydrateRoot(container, page()));
    await act(tick);
    return { container, root };
  }

  return {
    watched,
    near: (target: Element) => near(target),
    runIdle,
    untilDrawn,
    hydrated,
  };
}

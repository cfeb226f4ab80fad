// @vitest-environment jsdom
import { act, useId, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { HydrateOnView } from './hydrate-on-view';
import { useHydrated } from './use-hydrated';
import { stubIntersectionObserver, type FakeView } from '../../test/fake-intersection-observer';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
let view: FakeView;
beforeEach(() => {
  view = stubIntersectionObserver();
});
afterEach(() => vi.unstubAllGlobals());

async function hydrated(app: React.ReactNode, serverApp: React.ReactNode) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(serverApp);
  document.body.append(container);
  const root = await act(async () => hydrateRoot(container, app, { onRecoverableError: () => {} }));
  return { container, done: () => { act(() => root.unmount()); container.remove(); } };
}

describe('HydrateOnView', () => {
  test.each([
    ['stays HTML while far from the view', false, 0],
    ['hydrates once it comes near the view', true, 1],
  ])('%s', async (_name, near, renders) => {
    let rendered = 0;
    const Part = () => {
      rendered++;
      return <p>drawn</p>;
    };
    const { container, done } = await hydrated(<HydrateOnView><Part /></HydrateOnView>, <HydrateOnView><p>drawn</p></HydrateOnView>);
    const drawnNode = container.querySelector('p');
    await act(async () => view.tell(near));
    expect(rendered).toBe(renders);
    // Either way the pre-rendered element is the one on the page: nothing was replaced.
    expect(container.querySelector('p')).toBe(drawnNode);
    done();
  });

  test('keeps showing the pre-rendered part when an update reaches it before it may hydrate', async () => {
    let setOuter: (n: number) => void = () => {};
    const Part = ({ n }: { n: number }) => <p>drawn {n}</p>;
    const App = () => {
      const [n, set] = useState(0);
      setOuter = set;
      return <HydrateOnView><Part n={n} /></HydrateOnView>;
    };
    const { container, done } = await hydrated(<App />, <HydrateOnView><Part n={0} /></HydrateOnView>);
    await act(async () => setOuter(1));
    expect(container.textContent).toBe('drawn 0');
    await act(async () => view.tell(true));
    expect(container.textContent).toBe('drawn 1');
    done();
  });

  test("answers a click on the part while it is still HTML: the press wakes it, and the click meets it hydrated", async () => {
    const Counter = () => {
      const [n, set] = useState(0);
      return <button type="button" onClick={() => set(n + 1)}>pressed {n}</button>;
    };
    const { container, done } = await hydrated(<HydrateOnView><Counter /></HydrateOnView>, <HydrateOnView><Counter /></HydrateOnView>);
    const button = container.querySelector('button')!;
    // Far from the view: only the press can wake it.
    await act(async () => button.dispatchEvent(new Event('pointerdown', { bubbles: true })));
    await act(async () => button.click());
    expect(container.querySelector('button')?.textContent).toBe('pressed 1');
    done();
  });

  test('replays a press on a button the HTML shows disabled, once the live part enables it', async () => {
    const Step = () => {
      const ready = useHydrated();
      const [n, set] = useState(0);
      return <button type="button" disabled={!ready} onClick={() => set(n + 1)}>stepped {n}</button>;
    };
    const { container, done } = await hydrated(<HydrateOnView><Step /></HydrateOnView>, <HydrateOnView><Step /></HydrateOnView>);
    const button = container.querySelector('button')!;
    expect(button.disabled).toBe(true);
    // The browser sends a disabled button pointer events but no click.
    await act(async () => {
      button.dispatchEvent(new Event('pointerdown', { bubbles: true }));
      button.dispatchEvent(new Event('pointerup', { bubbles: true }));
    });
    await act(async () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
    expect(container.querySelector('button')?.textContent).toBe('stepped 1');
    done();
  });

  test('hydrates the part with the ids it was pre-rendered with', async () => {
    const Labelled = () => <p id={useId()}>named</p>;
    const { container, done } = await hydrated(<HydrateOnView><Labelled /></HydrateOnView>, <HydrateOnView><Labelled /></HydrateOnView>);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await act(async () => view.tell(true));
    // React reports a pre-rendered attribute the live part would draw differently.
    expect(errors.mock.calls.map(String).filter((call) => call.includes('match'))).toEqual([]);
    errors.mockRestore();
    expect(container.querySelector('p')?.id).not.toBe('');
    done();
  });

  test('renders its children at once where nothing was pre-rendered', async () => {
    const { createRoot } = await import('react-dom/client');
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () => root.render(<HydrateOnView><p>drawn</p></HydrateOnView>));
    expect(container.textContent).toBe('drawn');
    act(() => root.unmount());
    container.remove();
  });
});

// @vitest-environment jsdom
import { act, Suspense, use } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { useHydrated, useHydratedStore } from './use-hydrated';
import { createValueStore } from './value-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const never = new Promise<never>(() => {});

/** A part shown only once hydrated, whose code never arrives (a lazy component still loading). */
function Waiting(): never {
  return use(never);
}

function Page() {
  const hydrated = useHydrated();
  return (
    <Suspense fallback={<p>loading</p>}>
      {hydrated ? <Waiting /> : <p>pre-rendered</p>}
    </Suspense>
  );
}

function Shown() {
  return <p>{useHydrated() ? 'hydrated' : 'not yet'}</p>;
}

async function hydrate(app: React.ReactNode) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(app);
  document.body.append(container);
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  const root = await act(async () => hydrateRoot(container, app, { onRecoverableError: (error) => console.error(error) }));
  const mismatches = errors.mock.calls.length;
  errors.mockRestore();
  return { container, mismatches, done: () => { act(() => root.unmount()); container.remove(); } };
}

describe('useHydrated', () => {
  test('is false in the pre-render and true once the page has hydrated, which matched the HTML', async () => {
    expect(renderToString(<Shown />)).toBe('<p>not yet</p>');
    const { container, mismatches, done } = await hydrate(<Shown />);
    expect(mismatches).toBe(0);
    expect(container.textContent).toBe('hydrated');
    done();
  });

  test('is true at once on a page drawn in the browser', async () => {
    const container = document.createElement('div');
    const root = createRoot(container);
    const seen: boolean[] = [];
    const Reader = () => {
      seen.push(useHydrated());
      return null;
    };
    await act(async () => root.render(<Reader />));
    expect(seen).toEqual([true]);
    act(() => root.unmount());
  });

  test('switches as a transition: a part it brings that is not ready leaves the page as pre-rendered, no fallback', async () => {
    const { container, done } = await hydrate(<Page />);
    const pre = container.querySelector('p');
    expect(container.textContent).toBe('pre-rendered');
    expect(container.querySelector('p')).toBe(pre);
    done();
  });

  test("a store's value the pre-render cannot know arrives in the same transition, then follows the store", async () => {
    const store = createValueStore<string>('saved');
    const read = () => store.get() ?? 'none';
    const Reader = ({ ready }: { ready: boolean }) => {
      const value = useHydratedStore(store.subscribe, read, () => 'none');
      return <Suspense fallback={<p>loading</p>}>{value !== 'none' && !ready ? <Waiting /> : <p>{value}</p>}</Suspense>;
    };
    const waiting = await hydrate(<Reader ready={false} />);
    expect(waiting.container.textContent).toBe('none');
    waiting.done();

    const { container, mismatches, done } = await hydrate(<Reader ready />);
    expect(mismatches).toBe(0);
    expect(container.textContent).toBe('saved');
    act(() => store.set('changed'));
    expect(container.textContent).toBe('changed');
    done();
  });

  test("a store whose value is the pre-render's is not drawn again after hydrating, and is followed from then on", async () => {
    const store = createValueStore<string>('none');
    const read = () => store.get() ?? 'none';
    let renders = 0;
    const Reader = () => {
      renders += 1;
      return <p>{useHydratedStore(store.subscribe, read, () => 'none')}</p>;
    };
    const { container, done } = await hydrate(<Reader />);
    // The pre-render's and the hydration's.
    expect(renders).toBe(2);
    act(() => store.set('saved'));
    expect(container.textContent).toBe('saved');
    done();
  });
});

// @vitest-environment jsdom
import { act, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { loadOnce } from './load-once';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('loadOnce', () => {
  test.each([
    ['loaded before the first render: drawn at once, no fallback', true, ['part']],
    ['not loaded: the fallback, then the part', false, ['waiting', 'part']],
  ])('%s', async (_name, preload, seen) => {
    let imports = 0;
    const part = loadOnce(async () => {
      imports++;
      return { Part: () => <p>part</p> };
    });
    if (preload) await part.load();
    const Reader = () => {
      const { Part } = part.read();
      return <Part />;
    };
    const container = document.createElement('div');
    const texts: string[] = [];
    new MutationObserver(() => texts.push(container.textContent ?? '')).observe(container, { childList: true, subtree: true, characterData: true });
    const root = createRoot(container);
    await act(async () => root.render(<Suspense fallback={<p>waiting</p>}><Reader /></Suspense>));
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    expect([...new Set(texts.filter(Boolean))]).toEqual(seen);
    expect(imports).toBe(1);
    act(() => root.unmount());
  });
});

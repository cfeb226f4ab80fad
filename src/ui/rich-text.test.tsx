// @vitest-environment jsdom
import { act, Profiler } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { RemoteImagesContext, type RemoteImageMode } from './remote-images';
import { RichText } from './rich-text';
import { createValueStore } from './value-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const HTML = '<p>Lake <span class="remote-image" data-remote-src="https://img.example.com/a.png" data-remote-alt="Lake">'
  + '<span class="remote-image-placeholder"><button type="button" class="remote-image-load">Load image</button></span></span></p>';

test("a note's text hydrates in one render, and the reader's remote-image choice reaches its images without another", async () => {
  const choice = createValueStore<RemoteImageMode>('show');
  let renders = 0;
  const app = (
    <MemoryRouter>
      <RemoteImagesContext.Provider value={choice}>
        <Profiler id="text" onRender={() => (renders += 1)}>
          <RichText html={HTML} />
        </Profiler>
      </RemoteImagesContext.Provider>
    </MemoryRouter>
  );
  const container = document.createElement('div');
  container.innerHTML = renderToString(app);
  document.body.append(container);
  expect(container.querySelector('.remote-image img')).toBeNull();
  const root = await act(async () => hydrateRoot(container, app));
  expect(renders).toBe(1);
  expect(container.querySelector<HTMLImageElement>('.remote-image img')?.src).toBe('https://img.example.com/a.png');

  // A choice changed later reaches images still waiting, again without a render.
  container.querySelector('.remote-image')!.removeAttribute('data-state');
  container.querySelector('.remote-image img')!.remove();
  act(() => choice.set('off'));
  expect(renders).toBe(1);
  expect(container.querySelector<HTMLElement>('.remote-image')?.dataset.state).toBe('off');
  act(() => root.unmount());
  container.remove();
});

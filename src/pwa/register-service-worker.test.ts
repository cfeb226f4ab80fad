import { registerServiceWorker, serviceWorkerUrl, type WorkboxLike } from './register-service-worker';

type Listener = (event: { isUpdate?: boolean; isExternal?: boolean }) => void;

/** A stand-in for workbox-window that lets a test fire the lifecycle events by hand. */
function fakeWorkbox() {
  const listeners = new Map<string, Listener[]>();
  const workbox = {
    addEventListener: (type: string, listener: Listener) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    register: vi.fn(async () => undefined),
    messageSkipWaiting: vi.fn(),
  };
  const fire = (type: string, event: { isUpdate?: boolean; isExternal?: boolean } = {}) =>
    (listeners.get(type) ?? []).forEach((listener) => listener(event));
  return { workbox: workbox as unknown as WorkboxLike & typeof workbox, fire };
}

const events = () => ({ onNeedRefresh: vi.fn(), onOfflineReady: vi.fn() });

describe('registerServiceWorker', () => {
  test('registers, and a waiting deployment asks for a refresh instead of taking over', async () => {
    const { workbox, fire } = fakeWorkbox();
    const on = events();
    const reload = vi.fn();
    await registerServiceWorker(workbox, on, reload);
    expect(workbox.register).toHaveBeenCalledTimes(1);
    fire('waiting');
    expect(on.onNeedRefresh).toHaveBeenCalledTimes(1);
    expect(workbox.messageSkipWaiting).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  test('the reload button activates the waiting worker and reloads once it controls the page', async () => {
    const { workbox, fire } = fakeWorkbox();
    const reload = vi.fn();
    const handle = await registerServiceWorker(workbox, events(), reload);
    handle.activateUpdate();
    expect(workbox.messageSkipWaiting).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();
    fire('controlling', { isUpdate: true });
    expect(reload).toHaveBeenCalledTimes(1);
  });

  test('a worker taking control that this page did not ask for never reloads it', async () => {
    const { workbox, fire } = fakeWorkbox();
    const reload = vi.fn();
    await registerServiceWorker(workbox, events(), reload);
    fire('controlling', { isUpdate: true });
    expect(reload).not.toHaveBeenCalled();
  });

  test.each([
    [{ isUpdate: false, isExternal: false }, 1],
    [{ isUpdate: true, isExternal: false }, 0],
    [{ isUpdate: false, isExternal: true }, 0],
  ])('activation %o announces offline readiness %i time(s)', async (event, times) => {
    const { workbox, fire } = fakeWorkbox();
    const on = events();
    await registerServiceWorker(workbox, on, vi.fn());
    fire('activated', event);
    expect(on.onOfflineReady).toHaveBeenCalledTimes(times);
  });
});

describe('serviceWorkerUrl', () => {
  test.each([
    ['/', '/sw.js'],
    ['/examflow/', '/examflow/sw.js'],
    ['/examflow', '/examflow/sw.js'],
  ])('base %s serves the worker at %s', (base, url) => {
    expect(serviceWorkerUrl(base)).toBe(url);
  });
});

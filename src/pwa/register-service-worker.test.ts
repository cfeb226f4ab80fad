import { registerServiceWorker, serviceWorkerUrl, type ServiceWorkerContainerLike } from './register-service-worker';

type Listener = () => void;

/** A tiny event target: listeners by type, fired by hand. */
function target() {
  const listeners = new Map<string, Listener[]>();
  return {
    addEventListener: (type: string, listener: Listener) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    fire: (type: string) => (listeners.get(type) ?? []).forEach((listener) => listener()),
  };
}

/** A worker whose state a test moves through the lifecycle. */
function fakeWorker() {
  const events = target();
  const worker = { ...events, state: 'installing', postMessage: vi.fn() };
  const moveTo = (state: string) => {
    worker.state = state;
    events.fire('statechange');
  };
  return { worker, moveTo };
}

/**
 * A stand-in for navigator.serviceWorker: `active` says whether a version already runs, `installing` and
 * `waiting` what register() finds.
 */
function fakeContainer(found: { active: boolean; installing?: ReturnType<typeof fakeWorker>; waiting?: ReturnType<typeof fakeWorker>; controlling?: boolean }) {
  const containerEvents = target();
  const registrationEvents = target();
  const registration = {
    ...registrationEvents,
    active: found.active ? fakeWorker().worker : null,
    installing: found.installing?.worker ?? null,
    waiting: found.waiting?.worker ?? null,
  };
  const container = { ...containerEvents, controller: found.controlling ? registration.active : null, register: vi.fn(async () => registration) };
  return { container: container as unknown as ServiceWorkerContainerLike & typeof container, registration, containerEvents };
}

const events = () => ({ onNeedRefresh: vi.fn(), onOfflineReady: vi.fn() });

describe('registerServiceWorker', () => {
  test.each([
    ['installed on this page before the app ran: it controls a page it did not answer', { active: true, controlling: true }, false, 1],
    ['installed on an earlier visit: it answered this page', { active: true, controlling: true }, true, 0],
    ['active, but this page is not its (a reload that bypassed it)', { active: true, controlling: false }, false, 0],
    ['no worker yet', { active: false }, false, 0],
  ])('a worker already active when the app registers, %s: offline readiness announced %d time(s)', async (_, found, servedByWorker, announced) => {
    const { container } = fakeContainer(found);
    const on = events();
    await registerServiceWorker(container, '/', on, vi.fn(), servedByWorker);
    expect(on.onOfflineReady).toHaveBeenCalledTimes(announced);
    expect(on.onNeedRefresh).not.toHaveBeenCalled();
  });

  test('registers the worker under the base path, with that scope', async () => {
    const { container } = fakeContainer({ active: false });
    await registerServiceWorker(container, '/examflow/', events(), vi.fn());
    expect(container.register).toHaveBeenCalledWith('/examflow/sw.js', { scope: '/examflow/' });
  });

  test('the first install announces offline readiness once active, and never asks for a refresh', async () => {
    const installing = fakeWorker();
    const { container } = fakeContainer({ active: false, installing });
    const on = events();
    await registerServiceWorker(container, '/', on, vi.fn());
    installing.moveTo('installed');
    installing.moveTo('activated');
    expect(on.onOfflineReady).toHaveBeenCalledTimes(1);
    expect(on.onNeedRefresh).not.toHaveBeenCalled();
  });

  test('after the first install, the next deployment on the same page asks for a refresh', async () => {
    const first = fakeWorker();
    const { container, registration } = fakeContainer({ active: false, installing: first });
    const on = events();
    await registerServiceWorker(container, '/', on, vi.fn());
    first.moveTo('activated');
    registration.active = first.worker;
    const next = fakeWorker();
    registration.installing = next.worker;
    registration.fire('updatefound');
    next.moveTo('installed');
    expect(on.onOfflineReady).toHaveBeenCalledTimes(1);
    expect(on.onNeedRefresh).toHaveBeenCalledTimes(1);
  });

  test('a deployment found later waits and asks for a refresh instead of taking over', async () => {
    const { container, registration } = fakeContainer({ active: true });
    const on = events();
    const reload = vi.fn();
    await registerServiceWorker(container, '/', on, reload);
    const update = fakeWorker();
    registration.installing = update.worker;
    registration.fire('updatefound');
    update.moveTo('installed');
    expect(on.onNeedRefresh).toHaveBeenCalledTimes(1);
    expect(on.onOfflineReady).not.toHaveBeenCalled();
    expect(update.worker.postMessage).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  test('an update left waiting on an earlier visit asks again', async () => {
    const { container } = fakeContainer({ active: true, waiting: fakeWorker() });
    const on = events();
    await registerServiceWorker(container, '/', on, vi.fn());
    expect(on.onNeedRefresh).toHaveBeenCalledTimes(1);
  });

  test('the reload button activates the waiting worker and reloads once it controls the page', async () => {
    const waiting = fakeWorker();
    const { container, containerEvents } = fakeContainer({ active: true, waiting });
    const reload = vi.fn();
    const handle = await registerServiceWorker(container, '/', events(), reload);
    handle.activateUpdate();
    expect(waiting.worker.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(reload).not.toHaveBeenCalled();
    containerEvents.fire('controllerchange');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  test('a worker taking control that this page did not ask for never reloads it', async () => {
    const { container, containerEvents } = fakeContainer({ active: true });
    const reload = vi.fn();
    await registerServiceWorker(container, '/', events(), reload);
    containerEvents.fire('controllerchange');
    expect(reload).not.toHaveBeenCalled();
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

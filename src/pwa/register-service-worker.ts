/**
 * Service-worker registration with the browser's own API, kept free of React so it can be tested alone.
 * workbox-window did the same in 2.2 kB gz that every first visit fetched; these few lines replace it.
 */
import { siteFileUrl } from './site-file-url.ts';

/** What the page hears from the service worker. */
export interface ServiceWorkerEvents {
  /** A new deployment is installed and waits for the reader's consent to take over. */
  onNeedRefresh: () => void;
  /** The first install finished precaching: every page and note now works offline. */
  onOfflineReady: () => void;
}

/** The handle the update prompt keeps: activate the waiting version and reload once it controls the page. */
export interface ServiceWorkerHandle {
  activateUpdate: () => void;
}

/** The parts of `navigator.serviceWorker` that registration uses, so tests can pass a fake. */
export type ServiceWorkerContainerLike = Pick<ServiceWorkerContainer, 'register' | 'addEventListener' | 'controller'>;

/** Whether a service worker answered this page's own request (its navigation timing says a worker started for it). */
export function servedByServiceWorker(): boolean {
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return (navigation?.workerStart ?? 0) > 0;
}

/**
 * Registers the service worker and wires its events. The waiting worker only takes over when the reader
 * asks for it, and the page reloads as soon as it does, so no page ever runs chunks of two deployments.
 * A first install can also have finished on this page before the app ran (a first visit's home page registers
 * the worker at load and starts its app on the reader's intent): a worker that now controls a page it did not
 * answer (`servedByWorker`) is announced as offline readiness too.
 */
export async function registerServiceWorker(
  container: ServiceWorkerContainerLike,
  base: string,
  events: ServiceWorkerEvents,
  reloadPage: () => void = () => window.location.reload(),
  servedByWorker: boolean = servedByServiceWorker(),
): Promise<ServiceWorkerHandle> {
  let reloadRequested = false;
  // A worker that takes control for another reason (another tab reloaded) must not reload this page.
  container.addEventListener('controllerchange', () => {
    if (reloadRequested) reloadPage();
  });
  const registration = await container.register(serviceWorkerUrl(base), { scope: base });
  // Whether a version was active when a worker started installing decides what it means: an update that
  // waits, or the first install, which activates at once and makes the site work offline.
  const follow = (worker: ServiceWorker) => {
    const update = registration.active !== null;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && update) events.onNeedRefresh();
      if (worker.state === 'activated' && !update) events.onOfflineReady();
    });
  };
  // An update installed on an earlier visit (the reader chose Later) still waits.
  if (registration.waiting && registration.active) events.onNeedRefresh();
  else if (registration.active && !registration.installing && container.controller && !servedByWorker) events.onOfflineReady();
  if (registration.installing) follow(registration.installing);
  registration.addEventListener('updatefound', () => {
    if (registration.installing) follow(registration.installing);
  });
  return {
    activateUpdate: () => {
      reloadRequested = true;
      // The service worker (src/pwa/service-worker.ts) calls skipWaiting on this message.
      registration.waiting?.postMessage({ type: 'SKIP_WAITING' });
    },
  };
}

/** The service worker's URL under the base path the site was built for. */
export function serviceWorkerUrl(base: string): string {
  return siteFileUrl(base, 'sw.js');
}

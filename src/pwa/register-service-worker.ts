/** Service-worker registration with workbox-window, kept free of React so it can be tested alone. */
import type { Workbox } from 'workbox-window';

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

/** The parts of workbox-window's Workbox that registration uses, so tests can pass a fake. */
export type WorkboxLike = Pick<Workbox, 'addEventListener' | 'register' | 'messageSkipWaiting'>;

/**
 * Registers the service worker and wires its events. The waiting worker only takes over when the reader
 * asks for it, and the page reloads as soon as it does, so no page ever runs chunks of two deployments.
 */
export async function registerServiceWorker(
  workbox: WorkboxLike,
  events: ServiceWorkerEvents,
  reloadPage: () => void = () => window.location.reload(),
): Promise<ServiceWorkerHandle> {
  let reloadRequested = false;
  workbox.addEventListener('waiting', () => events.onNeedRefresh());
  workbox.addEventListener('activated', (event) => {
    if (!event.isUpdate && !event.isExternal) events.onOfflineReady();
  });
  workbox.addEventListener('controlling', (event) => {
    // A worker that takes control for another reason (another tab reloaded) must not reload this page.
    if (reloadRequested && event.isUpdate) reloadPage();
  });
  await workbox.register();
  return {
    activateUpdate: () => {
      reloadRequested = true;
      workbox.messageSkipWaiting();
    },
  };
}

/** The service worker's URL under the base path the site was built for. */
export function serviceWorkerUrl(base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}sw.js`;
}

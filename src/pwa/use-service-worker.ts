import { useCallback, useEffect, useRef, useState } from 'react';
import { inLaterTask } from '../ui/next-task';
import { registerServiceWorker, type ServiceWorkerHandle } from './register-service-worker';
import { linkManifest, manifestUrl } from './link-manifest';

/** What the update prompt shows and can do. */
export interface ServiceWorkerState {
  needRefresh: boolean;
  offlineReady: boolean;
  /** Switches to the new deployment and reloads the page. */
  reload: () => void;
  /** Hides the notice; a waiting update stays waiting until the next visit or a later reload. */
  dismiss: () => void;
}

/**
 * Registers the service worker, and links the web-app manifest with it (src/pwa/link-manifest.ts), in production
 * builds only (the dev server has no sw.js, and a worker there would serve stale modules), after the first paint.
 */
export function useServiceWorker(): ServiceWorkerState {
  const [needRefresh, setNeedRefresh] = useState(false);
  const [offlineReady, setOfflineReady] = useState(false);
  const handle = useRef<ServiceWorkerHandle | null>(null);

  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    // In a task of its own: registering asks the browser for the worker's registration, which the commit
    // that hydrates the page (where this effect runs) need not wait for.
    inLaterTask(() => {
      linkManifest(document, manifestUrl(import.meta.env.BASE_URL));
      return registerServiceWorker(navigator.serviceWorker, import.meta.env.BASE_URL, {
        onNeedRefresh: () => {
          if (!cancelled) setNeedRefresh(true);
        },
        onOfflineReady: () => {
          if (!cancelled) setOfflineReady(true);
        },
      });
    })
      .then((registered) => {
        handle.current = registered;
      })
      .catch((error: unknown) => {
        // Offline support is an extra: the app keeps working online when registration fails.
        console.warn('examflow: service worker registration failed', error);
      });
    return () => {
      cancelled = true;
    };
  }, []);

  const reload = useCallback(() => handle.current?.activateUpdate(), []);
  const dismiss = useCallback(() => {
    setNeedRefresh(false);
    setOfflineReady(false);
  }, []);
  return { needRefresh, offlineReady, reload, dismiss };
}

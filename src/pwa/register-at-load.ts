/** The part of `window` that registering at load uses, so tests can pass a fake. */
export interface LoadHost {
  navigator: { serviceWorker?: { register: (url: string, options: { scope: string }) => Promise<unknown> } };
  addEventListener: (type: 'load', listener: () => void) => void;
}

/**
 * Registers the service worker once the page has loaded, for a page whose app has not started (a first visit's
 * home page waits for the reader's intent, src/app/start-on-intent.ts): a visit that only reads still leaves the
 * site working offline. The app registers the same worker again when it starts (src/pwa/use-service-worker.ts),
 * which the browser answers with this registration. A refusal is ignored: offline support is an extra, and the page
 * reads as well without it. Self-contained, as it is inlined into built pages.
 */
export function registerAtLoad(host: LoadHost, url: string, scope: string): void {
  const container = host.navigator.serviceWorker;
  if (!container) return;
  host.addEventListener('load', () => {
    container.register(url, { scope }).catch(() => undefined);
  });
}

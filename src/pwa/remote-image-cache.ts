/**
 * How the service worker keeps a note's images from other hosts for reading offline. They are fetched only
 * when the reader's "Remote images" setting lets the page ask for them (src/ui/remote-images.ts); the
 * service worker never asks a host on its own.
 */

/** The cache remote images are kept in, apart from the app's own files. */
export const REMOTE_IMAGE_CACHE = 'examflow-remote-images';

/** At most this many images, each for at most 30 days; the oldest go first, and all when storage runs short. */
export const REMOTE_IMAGE_LIMITS = { maxEntries: 60, maxAgeSeconds: 30 * 24 * 60 * 60, purgeOnQuotaError: true } as const;

/** Whether a request is an image the page asked another host for (the site's own images are precached). */
export function isRemoteImage(request: { destination: string }, url: URL, siteOrigin: string): boolean {
  return request.destination === 'image' && /^https?:$/.test(url.protocol) && url.origin !== siteOrigin;
}

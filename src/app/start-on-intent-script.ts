import { afterContentfulPaint } from './after-first-paint.ts';
import { APP_START_ID, startApp } from './start-app.ts';
import { CONTROL_SELECTOR, INTENT_EVENTS, isIntent, SAVED_KEY_PREFIX, startOnIntent, waitsForIntent } from './start-on-intent.ts';
import { registerAtLoad } from '../pwa/register-at-load.ts';
import { serviceWorkerUrl } from '../pwa/register-service-worker.ts';
import { linkManifest, manifestUrl } from '../pwa/link-manifest.ts';

/**
 * The inline script that starts the home page's app on the reader's intent on a first visit, and after its first
 * contentful paint otherwise (src/app/start-on-intent.ts); a page that waits registers the service worker of the
 * site served under `base` at load, so a visit that only reads still works offline, and links the site's manifest
 * after its first contentful paint (a page this light loads before it paints; src/pwa/link-manifest.ts). The functions are
 * self-contained, so their compiled source is inlined (one copy of each rule, tested where it lives).
 */
export function startOnIntentScript(base: string): string {
  const json = JSON.stringify;
  const plan = `{start:s,startAtLoad:function(){p(s)},` +
    `whileWaiting:function(){(${registerAtLoad.toString()})(window,${json(serviceWorkerUrl(base))},${json(base)});` +
    `p(function(){(${linkManifest.toString()})(document,${json(manifestUrl(base))})})},` +
    `waits:${waitsForIntent.toString()},isIntent:${isIntent.toString()},savedPrefix:${json(SAVED_KEY_PREFIX)},controlSelector:${json(CONTROL_SELECTOR)},events:${json(INTENT_EVENTS)}}`;
  return `(function(s,p){(${startOnIntent.toString()})(window,${plan})})(function(){(${startApp.toString()})(document,${json(APP_START_ID)})},` +
    `function(w){(${afterContentfulPaint.toString()})(w,window)})`;
}

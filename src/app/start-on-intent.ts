/**
 * When a first visit's home page starts its app: on the reader's intent, not at load. The page is whole HTML
 * whose links work as links, and the presses its app answers are remembered until it runs
 * (src/search/early-search.ts, src/ui/early-presses.ts), so a visit that only reads fetches no script.
 */

/** What every key examflow saves in localStorage begins with: settings, progress (a session in progress too), the reading list, backups. */
export const SAVED_KEY_PREFIX = 'examflow-';

/** The events that can say the reader means to use the page (see isIntent). */
export const INTENT_EVENTS = ['pointerdown', 'touchstart', 'keydown', 'focusin', 'pointerover'];

/** What a focus or a pointer must land on to count as intent: anything the reader can press, follow or type in. */
export const CONTROL_SELECTOR = 'a[href],button,input,select,textarea,summary,[tabindex]';

/** What a page knows of the visit before its app starts. */
export interface Visit {
  /** The names of the keys this site has saved in localStorage. */
  savedKeys: readonly string[];
  /** Whether a service worker answered the page: the app's scripts are then in its cache, not on the network. */
  controlled: boolean;
  /** Whether the page waits, hidden, for the app to draw it in the reader's language (src/app/first-paint.ts). */
  pendingLanguage: boolean;
}

/**
 * Whether the app waits for the reader's intent: only on a first visit (nothing of examflow saved, no service
 * worker) to a page that shows as it was pre-rendered. A returning reader's app starts at load, as does one
 * whose page needs the app to be drawn in their language. Self-contained, as it is inlined into built pages.
 */
export function waitsForIntent(visit: Visit, savedPrefix: string): boolean {
  return !visit.controlled && !visit.pendingLanguage && !visit.savedKeys.some((key) => key.indexOf(savedPrefix) === 0);
}

/**
 * Whether an event says the reader is about to use the page: a press, a touch or a key anywhere, or a focus or
 * a pointer arriving on a control (a desktop's head start before its click). Scrolling is not one. Self-contained.
 */
export function isIntent(event: { type: string; target: EventTarget | null }, controlSelector: string): boolean {
  if (event.type !== 'focusin' && event.type !== 'pointerover') return true;
  const target = event.target as Element | null;
  return !!target && typeof target.closest === 'function' && target.closest(controlSelector) !== null;
}

/** The part of `window` that choosing when to start uses, so tests can pass a fake. */
export interface IntentHost {
  document: { documentElement: { dataset: DOMStringMap } };
  localStorage: Pick<Storage, 'length' | 'key'>;
  navigator: { serviceWorker?: { controller: unknown } };
  addEventListener: (type: string, listener: (event: Event) => void, options: AddEventListenerOptions) => void;
  removeEventListener: (type: string, listener: (event: Event) => void, options: EventListenerOptions) => void;
}

/** The rules and what to run, passed in so that startOnIntent names no other function. */
export interface IntentPlan {
  /** Starts the app at once (the reader has shown intent). */
  start: () => void;
  /** Starts the app as every other page does (after its first contentful paint). */
  startAtLoad: () => void;
  /** Runs once when the page does wait: what a visit that never interacts still needs (the service worker). */
  whileWaiting: () => void;
  waits: typeof waitsForIntent;
  isIntent: typeof isIntent;
  savedPrefix: string;
  controlSelector: string;
  events: readonly string[];
}

/**
 * Starts the page's app at load for a returning reader, or else on the first event that shows intent (listened
 * for in the capture phase, before the page's own early listeners record the same press). Self-contained, as it
 * is inlined into the home page (src/build/defer-app-start.ts).
 */
export function startOnIntent(host: IntentHost, plan: IntentPlan): void {
  const savedKeys: string[] = [];
  try {
    for (let i = 0; i < host.localStorage.length; i++) savedKeys.push(host.localStorage.key(i) || '');
  } catch {
    // Storage this page may not read holds nothing it saved.
  }
  const worker = host.navigator.serviceWorker;
  const visit = { savedKeys, controlled: !!(worker && worker.controller), pendingLanguage: host.document.documentElement.dataset.pendingLanguage !== undefined };
  if (!plan.waits(visit, plan.savedPrefix)) {
    plan.startAtLoad();
    return;
  }
  function onEvent(event: Event) {
    if (!plan.isIntent(event, plan.controlSelector)) return;
    for (const type of plan.events) host.removeEventListener(type, onEvent, { capture: true });
    plan.start();
  }
  for (const type of plan.events) host.addEventListener(type, onEvent, { capture: true, passive: true });
  plan.whileWaiting();
}

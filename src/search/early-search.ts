import { type EarlyListener, takeEarly } from '../early/take-early.ts';
import type { ShortcutEvent } from './shortcut';

/** The name on `window` under which a built page keeps the search asked for before its app ran. */
export const EARLY_SEARCH_KEY = '__examflowEarlySearch';

/** The class of the header's search button, which a click before the app runs is recognised by. */
export const SEARCH_LAUNCHER_CLASS = 'search-launcher';

/** What the early listener leaves on `window`: whether the reader asked for search, and how to stop listening. */
export interface EarlySearch extends EarlyListener {
  asked: boolean;
}

/** The part of `window` the early listener uses, so tests can pass a fake. */
export interface EarlySearchHost {
  document: Pick<Document, 'querySelector' | 'createElement' | 'head' | 'documentElement'>;
  addEventListener: (type: 'keydown' | 'click', listener: (event: Event) => void, capture?: boolean) => void;
  removeEventListener: (type: 'keydown' | 'click', listener: (event: Event) => void, capture?: boolean) => void;
}

/**
 * Remembers, until the app takes it (takeEarlySearch), that the reader pressed the search shortcut or clicked
 * the search button of a pre-rendered page whose app has not started yet: that key or click would otherwise
 * be lost. The shortcut is claimed (preventDefault) like the app's own handler does, and marks the search button
 * busy (`busyAttribute`, as the early press listener marks a click on it) until the app answers. The first ask also
 * preloads the search's own scripts (`preloads`, src/build/search-preloads.ts), so they download from that moment,
 * beside the app's, not once the app has started. Self-contained, as it is inlined into built pages
 * (src/build/defer-app-start.ts) with isSearchShortcut as `isShortcut`.
 */
export function listenForEarlySearch(host: EarlySearchHost, key: string, launcherClass: string, busyAttribute: string, isShortcut: (event: ShortcutEvent) => boolean, preloads: readonly string[] = []): void {
  const state: EarlySearch = { asked: false, stop };
  function ask() {
    if (state.asked) return;
    state.asked = true;
    for (const href of preloads) {
      const link = host.document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      host.document.head.appendChild(link);
    }
  }
  function onKey(event: Event) {
    if (event.defaultPrevented || !isShortcut(event as KeyboardEvent)) return;
    event.preventDefault();
    ask();
    const launcher = host.document.querySelector(`.${launcherClass}`);
    if (!launcher) return;
    launcher.setAttribute(busyAttribute, '');
    // The page holds a mark: the app looks for marks only then (src/early/early-busy.ts).
    host.document.documentElement.setAttribute(busyAttribute, '');
  }
  function onClick(event: Event) {
    const target = event.target as Element | null;
    if (target && typeof target.closest === 'function' && target.closest(`.${launcherClass}`)) ask();
  }
  function stop() {
    host.removeEventListener('keydown', onKey);
    host.removeEventListener('click', onClick, true);
  }
  host.addEventListener('keydown', onKey);
  host.addEventListener('click', onClick, true);
  (host as unknown as Record<string, EarlySearch>)[key] = state;
}

/** Whether the reader asked for search before the app ran (see takeEarly); false where no listener ran. */
export function takeEarlySearch(host: object = window, key: string = EARLY_SEARCH_KEY): boolean {
  return takeEarly<EarlySearch>(host, key)?.asked ?? false;
}

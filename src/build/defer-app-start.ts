import { afterContentfulPaint } from '../app/after-first-paint.ts';
import { EARLY_SEARCH_KEY, listenForEarlySearch, SEARCH_LAUNCHER_CLASS } from '../search/early-search.ts';
import { APP_START_ID, startApp } from '../app/start-app.ts';
import { deferAppStartWith } from './finish-page.ts';
import { EARLY_PRESS_SCRIPT } from '../app/early-press-script.ts';
import { EARLY_BUSY_ATTRIBUTE } from '../early/early-busy.ts';
import { isEditableTarget, isSearchShortcut } from '../search/shortcut.ts';
import { startOnIntentScript } from '../app/start-on-intent-script.ts';

/**
 * The inline script that remembers a search asked for (shortcut or button) before the app runs, until the
 * search launcher takes it, and then preloads the search's scripts (`preloads`): the functions are self-contained
 * and inlined, one copy of each rule.
 */
export function earlySearchScript(preloads: readonly string[] = []): string {
  return `(${listenForEarlySearch.toString()})(window,${JSON.stringify(EARLY_SEARCH_KEY)},${JSON.stringify(SEARCH_LAUNCHER_CLASS)},${JSON.stringify(EARLY_BUSY_ATTRIBUTE)},function(e){return(${isSearchShortcut.toString()})(e,${isEditableTarget.toString()})},${JSON.stringify(preloads).replace(/</g, '\\u003c')})`;
}

/**
 * The inline script that starts a built page's app once its first contentful paint is on screen: both functions are
 * self-contained, so their compiled source is inlined (one copy of each rule, tested where it lives).
 */
export const START_APP_SCRIPT = `(${afterContentfulPaint.toString()})(function(){(${startApp.toString()})(document,${JSON.stringify(APP_START_ID)})},window)`;

/**
 * A pre-rendered page whose app starts only after its first paint: React Router writes the app's ~12
 * modulepreloads into <head> and its module script into <body>, so on a phone's slow link ~130 kB of script
 * downloads alongside the stylesheet and the page paints late, though it is complete HTML. Both move, as
 * written, into an inert `<template>` where the module script stood, followed by earlySearchScript (preloading
 * `searchPreloads` when search is asked for early), EARLY_PRESS_SCRIPT and START_APP_SCRIPT. Without
 * scripts the template stays inert and the page reads as it is. Given `homeBase` (the home page of a site served
 * there), START_APP_SCRIPT gives way to startOnIntentScript. A page with no module script is returned as it is.
 */
export function deferAppStart(html: string, homeBase?: string, searchPreloads: readonly string[] = []): string {
  return deferAppStartWith(html, startScript(homeBase, searchPreloads));
}

/** The inline script deferAppStart puts after the template: the early listeners, then what starts the app. */
export function startScript(homeBase?: string, searchPreloads: readonly string[] = []): string {
  return `${earlySearchScript(searchPreloads)};${EARLY_PRESS_SCRIPT};${homeBase === undefined ? START_APP_SCRIPT : startOnIntentScript(homeBase)}`;
}

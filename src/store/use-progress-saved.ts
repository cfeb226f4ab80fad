import { useSyncExternalStore } from 'react';
import { hasSavedProgress, onProgressSaved } from './progress-key';

// Once something is saved it stays known, so localStorage is not read again on every render.
let savedKnown = false;
const isProgressSaved = () => (savedKnown ||= hasSavedProgress());
const notSavedBeforeHydration = () => false;

/**
 * Whether any progress is saved: false in the pre-render and while hydrating (the HTML cannot know it),
 * then read from storage, and true from the first answer ever saved on, on any page. What only people with
 * saved progress need (the progress store, the schedule) loads behind it.
 */
export function useProgressSaved(): boolean {
  return useSyncExternalStore(onProgressSaved, isProgressSaved, notSavedBeforeHydration);
}

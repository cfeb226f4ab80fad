import { useHydratedStore } from '../ui/use-hydrated';
import { hasSavedProgress, isProgressStoreLoaded, onProgressSaved } from './progress-key';

// Once something is saved it stays known, so localStorage is not read again on every render.
let savedKnown = false;
const isProgressSaved = () => (savedKnown ||= hasSavedProgress());
const notSavedBeforeHydration = () => false;

/**
 * Whether any progress is saved: false in the pre-render and while hydrating (the HTML cannot know it),
 * then read from storage (in hydration's transition, see useHydratedStore), and true from the first answer
 * ever saved on, on any page. What only people with saved progress need (the progress store, the schedule)
 * loads behind it.
 */
export function useProgressSaved(): boolean {
  return useHydratedStore(onProgressSaved, isProgressSaved, notSavedBeforeHydration);
}

/**
 * Whether the progress store is, or should be, loaded on this page: progress is saved, or a page has loaded
 * the store to save some. False in the pre-render and while hydrating. What reports the store's problems
 * (the storage notice) mounts behind it, so a first visit that saves nothing never loads the store.
 */
export function useProgressStoreInUse(): boolean {
  return useHydratedStore(onProgressSaved, storeInUse, notSavedBeforeHydration);
}

const storeInUse = () => isProgressStoreLoaded() || isProgressSaved();

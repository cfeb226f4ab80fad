/** The part of `window.history` that numbering the page's entry uses. */
export type EntryHistory = Pick<History, 'state' | 'replaceState'>;

/**
 * Numbers the page's history entry as React Router's browser history does when it starts: an entry whose state
 * has no `idx` gets `idx: 0` (the rest of its state kept), one that has it (a reload, a return to the entry) is
 * left as it is. React Router then finds it numbered and writes nothing. Run from the page's <head>, when the
 * document is a few elements: Chromium answers a history write with work over the whole document (a same-document
 * navigation), and the app's write, made after the 20 MB note's page was parsed, was 78 ms of a phone's CPU (x4)
 * in the app's start, in one task with the page data's decoding. Self-contained, as it is inlined into pages.
 */
export function numberHistoryEntry(history: EntryHistory): void {
  const state: unknown = history.state;
  if (state !== null && typeof state === 'object' && (state as { idx?: unknown }).idx != null) return;
  history.replaceState({ ...(state as object | null), idx: 0 }, '');
}

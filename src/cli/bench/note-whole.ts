/*
 * What the big-note bench waits for, checked in the page (pass each to `page.waitForFunction`), so each is
 * self-contained: a lookup or two, never a role or text query over the note's ~100,000 elements, which a
 * Playwright locator repeats on every poll. Those polls were most of the main thread's long tasks the bench
 * counted while a 2 MB note arrived (a CPU profile: ~59 s of ~64 s, at load 40).
 */

/** Whether the long note's first part is on the page: its body's first paragraph reads `firstLine`. */
export function noteHasStarted(firstLine: string): boolean {
  return document.querySelector('.note-body p')?.textContent === firstLine;
}

/** Whether the long note is whole on the page: its last heading's anchor is there and the body is no longer busy. */
export function noteIsWhole(lastHeadingId: string): boolean {
  return document.getElementById(lastHeadingId) !== null && document.querySelector('.note-body[aria-busy]') === null;
}

/**
 * The attribute an early listener (a script inlined into built pages) puts on a control pressed before the app runs
 * whose press only the app can answer (the language, search, a tag group, any other button): it shows at once that the
 * press was heard (src/ui/base.css) until the app, having taken the press, clears it (clearEarlyBusy). The listener
 * puts it on <html> too, so the app asks the whole page for marked controls only when there are some: on a page
 * of megabytes (a 20 MB note, ~700,000 elements) one such look, finding none, was 200-270 ms of a phone's CPU
 * in the task after hydration.
 */
export const EARLY_BUSY_ATTRIBUTE = 'data-early-busy';

type Page = Pick<Document, 'documentElement' | 'querySelectorAll'>;

/** Clears every mark of a press heard before the app ran: the app has taken those presses and answered them. */
export function clearEarlyBusy(doc: Page = document, attribute: string = EARLY_BUSY_ATTRIBUTE): void {
  if (!hasEarlyBusy(doc, attribute)) return;
  for (const element of Array.from(doc.querySelectorAll(`[${attribute}]`))) element.removeAttribute(attribute);
}

/** Whether a press heard before the app ran is still marked (the listener marks <html> with it). */
export function hasEarlyBusy(doc: Pick<Document, 'documentElement'> = document, attribute: string = EARLY_BUSY_ATTRIBUTE): boolean {
  return doc.documentElement.hasAttribute(attribute);
}

/**
 * The attribute an early listener (a script inlined into built pages) puts on a control pressed before the app runs
 * whose press only the app can answer (the language, search, a tag group, any other button): it shows at once that the
 * press was heard (src/ui/base.css) until the app, having taken the press, clears it (clearEarlyBusy).
 */
export const EARLY_BUSY_ATTRIBUTE = 'data-early-busy';

/** Clears every mark of a press heard before the app ran: the app has taken those presses and answered them. */
export function clearEarlyBusy(doc: Pick<Document, 'querySelectorAll'> = document, attribute: string = EARLY_BUSY_ATTRIBUTE): void {
  for (const element of Array.from(doc.querySelectorAll(`[${attribute}]`))) element.removeAttribute(attribute);
}

/** Whether a press heard before the app ran is still marked. */
export function hasEarlyBusy(doc: Pick<Document, 'querySelector'> = document, attribute: string = EARLY_BUSY_ATTRIBUTE): boolean {
  return doc.querySelector(`[${attribute}]`) !== null;
}

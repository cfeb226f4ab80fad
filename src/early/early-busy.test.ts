// @vitest-environment jsdom
import { clearEarlyBusy, EARLY_BUSY_ATTRIBUTE, hasEarlyBusy } from './early-busy';

/** A page that fails the test if anything looks through it for marked controls. */
function pageNotToSearch(marked: boolean): Pick<Document, 'documentElement' | 'querySelectorAll'> {
  const documentElement = document.createElement('html');
  if (marked) documentElement.setAttribute(EARLY_BUSY_ATTRIBUTE, '');
  return {
    documentElement,
    querySelectorAll: () => {
      throw new Error('the whole page was searched');
    },
  };
}

describe('marks of presses heard before the app ran', () => {
  test('a page whose early listeners marked nothing is never searched for marks', () => {
    const page = pageNotToSearch(false);
    expect(hasEarlyBusy(page)).toBe(false);
    expect(() => clearEarlyBusy(page)).not.toThrow();
  });

  test('a page marked as holding a press has every mark cleared, its own too', () => {
    document.body.innerHTML = `<button ${EARLY_BUSY_ATTRIBUTE}="">A</button><summary ${EARLY_BUSY_ATTRIBUTE}="">B</summary>`;
    document.documentElement.setAttribute(EARLY_BUSY_ATTRIBUTE, '');
    expect(hasEarlyBusy()).toBe(true);
    clearEarlyBusy();
    expect(document.querySelectorAll(`[${EARLY_BUSY_ATTRIBUTE}]`)).toHaveLength(0);
    expect(hasEarlyBusy()).toBe(false);
  });
});

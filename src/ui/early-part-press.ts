/** What {@link answerEarlyPresses} returns: the part has come alive, or the part is gone. */
export interface EarlyPresses {
  /** The part has hydrated: later presses are its own; a press being replayed gets one more frame to land. */
  live: () => void;
  /** Stops listening and drops any replay (an unmount). */
  stop: () => void;
}

/**
 * Makes a pre-rendered part that still waits to hydrate answer the reader's press. A press or focus inside it
 * wakes it at once (`wake`), so the click or key that follows meets a part React can hydrate on the spot
 * (React hydrates a boundary synchronously for a discrete event once nothing holds it back). A button the
 * HTML shows disabled (its script not running yet) gets no click from the browser, so a full press on one
 * (down and up on the same button) is replayed as a click as soon as the live part enables that button.
 */
export function answerEarlyPresses(box: HTMLElement, wake: () => void): EarlyPresses {
  const buttons = () => [...box.querySelectorAll('button')];
  const inside = (event: Event) => event.target instanceof Node && box.contains(event.target);
  const buttonAt = (event: Event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    return button && box.contains(button) ? button : null;
  };
  let pressed: number | null = null;
  let replay: MutationObserver | null = null;
  const dropReplay = () => {
    replay?.disconnect();
    replay = null;
  };
  const onDown = (event: Event) => {
    if (!inside(event)) return;
    const button = buttonAt(event);
    pressed = button?.disabled ? buttons().indexOf(button) : null;
    wake();
  };
  const onUp = (event: Event) => {
    const button = buttonAt(event);
    if (pressed === null || !button || buttons().indexOf(button) !== pressed) return;
    // Found again by its place: the live part may have drawn a new element for it.
    const index = pressed;
    pressed = null;
    const clickOnceEnabled = () => {
      const target = buttons()[index];
      if (!target || target.disabled) return;
      dropReplay();
      target.click();
    };
    dropReplay();
    replay = new MutationObserver(clickOnceEnabled);
    replay.observe(box, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
    clickOnceEnabled();
  };
  const onFocus = (event: Event) => {
    if (inside(event)) wake();
  };
  // Heard on the window as the event starts its way down: React's own listener (on the document or the root)
  // stops a press aimed at a part it cannot hydrate yet, so one on the part itself would never hear it.
  const listening: [string, (event: Event) => void][] = [['pointerdown', onDown], ['pointerup', onUp], ['focusin', onFocus]];
  for (const [type, listener] of listening) window.addEventListener(type, listener, true);
  const unlisten = () => {
    for (const [type, listener] of listening) window.removeEventListener(type, listener, true);
  };
  return {
    live: () => {
      unlisten();
      // The live part enables its buttons in the render right after hydrating; a button still disabled after
      // that is disabled for its own reasons, and a press on it stays unanswered, as on any live page.
      if (replay) requestAnimationFrame(() => requestAnimationFrame(dropReplay));
    },
    stop: () => {
      unlisten();
      dropReplay();
    },
  };
}

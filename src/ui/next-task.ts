/**
 * Resolves in a later task, so the browser can handle input and paint in between: `scheduler.yield()`
 * where the browser has it (it runs before other queued work of the page), else a zero timeout.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `work` in a later task than its caller's, so that what it starts (an import and the bundler's preloads
 * of its chunks, a service worker's registration) never lengthens the task that asked for it, such as the
 * commit that hydrates a page.
 */
export async function inLaterTask<T>(work: () => T | Promise<T>, later: () => Promise<void> = nextTask): Promise<T> {
  await later();
  return work();
}

/**
 * Resolves at the browser's next frame (before its layout), or in a later task where there are no frames: work
 * done a piece per frame gets each piece laid out, and looked at by the browser, in a frame of its own.
 */
export function nextFrame(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return nextTask();
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * Runs `work` in the task after the browser's next frame (a timeout started from the frame's callback), so it
 * neither delays that frame's paint nor shares its task; where there are no frames, in a later task. Returns the
 * function that cancels it, whichever of the two it is waiting for.
 */
export function afterNextFrame(work: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    const id = setTimeout(work, 0);
    return () => clearTimeout(id);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Resolves in a later task, so the browser can handle input and paint in between: `scheduler.yield()`
 * where the browser has it (it runs before other queued work of the page), else a zero timeout.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

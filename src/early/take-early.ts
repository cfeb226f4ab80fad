/** What an early listener (a script inlined into built pages) leaves on `window`: its record, and how to stop it. */
export interface EarlyListener {
  stop: () => void;
}

/**
 * The record an early listener left under `key`, once: stops the listener and removes the record, so from now
 * on only the app's handlers answer and no press is answered twice. Null where no listener ran (development, tests).
 */
export function takeEarly<T extends EarlyListener>(host: object, key: string): T | null {
  const record = host as Record<string, T | undefined>;
  const listener = record[key];
  if (!listener) return null;
  listener.stop();
  delete record[key];
  return listener;
}

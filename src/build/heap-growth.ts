/**
 * How far V8 lets the build's heap grow past what the last full collection kept. A build allocates
 * gigabytes of short-lived strings (rendered notes, module code, pre-rendered pages), and on a machine
 * with plenty of memory V8 waits until the heap is up to four times its live set before collecting:
 * at 5,000 notes the live set was ~200–600 MB while the heap reached 1.7 GB during pre-rendering.
 */
import v8 from 'node:v8';

/** Heap growth allowed after a full collection, in percent of what it kept (V8 picks 10–300% itself). */
export const HEAP_GROWING_PERCENT = 20;

/** The V8 flag that caps the heap's growth factor at `percent`. */
export function heapGrowthFlag(percent: number): string {
  return `--heap-growing-percent=${Math.max(1, Math.round(percent))}`;
}

/**
 * Caps the heap's growth for the rest of this process. V8 reads the flag each time it sizes the heap after
 * a full collection, so setting it once the build starts is enough; only the build calls it (the dev
 * server keeps V8's default pacing). `EXAMFLOW_HEAP_GROWTH=off` leaves V8's own choice.
 */
export function limitHeapGrowth(setting = process.env.EXAMFLOW_HEAP_GROWTH): void {
  if (setting === 'off') return;
  const asked = Number(setting);
  v8.setFlagsFromString(heapGrowthFlag(setting && Number.isFinite(asked) && asked > 0 ? asked : HEAP_GROWING_PERCENT));
}

/** Small statistics for benchmark samples. */

/** The value below which `p` (0..1) of the samples fall, by nearest rank; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil(p * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

/** The median of the samples (the nearest-rank 50th percentile). */
export function median(samples: readonly number[]): number {
  return percentile(samples, 0.5);
}

/** Runs `work` and returns its result with the elapsed wall time in milliseconds. */
export function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

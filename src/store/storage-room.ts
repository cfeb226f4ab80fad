/**
 * How much the browser says it still lets this site store, asked before an import replaces
 * anything. `navigator.storage.estimate` is missing in some browsers and approximate in all, so
 * it only refuses early; the write itself is still checked (see `tryWrite`).
 */

/** What `navigator.storage.estimate()` answers. */
export interface StorageEstimateLike {
  quota?: number;
  usage?: number;
}

/** Bytes localStorage takes for `text` (browsers count UTF-16 code units, two bytes each). */
export function storedBytes(characters: number): number {
  return characters * 2;
}

/** Free bytes by the browser's estimate, or null when the browser does not tell. */
export async function freeBytes(estimate: (() => Promise<StorageEstimateLike>) | undefined = browserEstimate()): Promise<number | null> {
  if (!estimate) return null;
  try {
    const { quota, usage } = await estimate();
    if (typeof quota !== 'number' || !Number.isFinite(quota)) return null;
    return Math.max(0, quota - (typeof usage === 'number' && Number.isFinite(usage) ? usage : 0));
  } catch {
    return null;
  }
}

function browserEstimate(): (() => Promise<StorageEstimateLike>) | undefined {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  return storage && typeof storage.estimate === 'function' ? () => storage.estimate() : undefined;
}

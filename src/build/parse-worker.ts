/**
 * The entry of a parse worker thread (bundled to plain JavaScript by parse-worker-bundle.ts, because a
 * worker cannot load TypeScript): tinypool calls the default export with a batch of notes.
 */
import { writeFileSync } from 'node:fs';
import { cacheEntryText } from './parse-cache.ts';
import { parseNoteBatch, type ParsedNote } from './parse-task.ts';
import type { PlannedNote } from '../content/parse-vault.ts';

/** A batch of notes to parse and, when the build keeps a parse cache, the file each one's parse is kept in. */
export interface ParseBatch {
  entries: PlannedNote[];
  cacheFiles?: string[];
}

/**
 * Parses one batch of planned notes in this worker and writes each to its cache file. The JSON is made here,
 * where the note already is, not on the main thread: there, 5,000 notes' texts made at once and written
 * together took ~1.5 s while the build waited, all held at the same time. A file that cannot be written is
 * left out: the cache misses it next time.
 */
export default function parseInWorker(batch: ParseBatch): ParsedNote[] {
  const parsed = parseNoteBatch(batch.entries);
  batch.cacheFiles?.forEach((file, i) => {
    try {
      writeFileSync(file, cacheEntryText(parsed[i]!));
    } catch {
      // A missed cache entry costs one note's parse in the next build.
    }
  });
  return parsed;
}

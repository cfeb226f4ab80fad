/**
 * The entry of a parse worker thread (bundled to plain JavaScript by parse-worker-bundle.ts, because a
 * worker cannot load TypeScript): tinypool calls the default export with a batch of notes.
 */
import { parseNoteBatch, type ParsedNote } from './parse-task.ts';
import type { PlannedNote } from '../content/parse-vault.ts';

/** Parses one batch of planned notes in this worker. */
export default function parseInWorker(entries: PlannedNote[]): ParsedNote[] {
  return parseNoteBatch(entries);
}

/**
 * The entry of a parse worker thread (bundled to plain JavaScript by parse-pool.ts, because a worker cannot
 * load TypeScript): tinypool calls the default export with a batch of notes to parse, and `render` with one
 * note to render against the vault view the pool was started with (its workerData).
 */
import Tinypool from 'tinypool';
import { parseNoteBatch, type ParsedNote } from './parse-task.ts';
import type { PlannedNote } from '../content/parse-vault.ts';
import { renderInView, type RenderTask } from './render-task.ts';
import type { RenderedNote } from './obsidian/render-vault.ts';

/** Parses one batch of planned notes in this worker. */
export default function parseInWorker(entries: PlannedNote[]): ParsedNote[] {
  return parseNoteBatch(entries);
}

/** Renders one note in this worker, or null when it needs more of the vault than the view holds. */
export function render(task: RenderTask): RenderedNote | null {
  return renderInView(Tinypool.workerData, task);
}

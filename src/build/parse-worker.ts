/**
 * The entry of a note worker thread (bundled to plain JavaScript by `bundleWorker`, because a worker cannot load
 * TypeScript; started by src/build/note-workers.ts): it parses batches of notes, keeping each note it parsed,
 * then renders those notes' HTML ahead when the main thread sends the vault (src/build/render-ahead.ts).
 */
import { parentPort, threadId } from 'node:worker_threads';
import type { Note } from '../content/types.ts';
import type { FromNoteWorker, ToNoteWorker } from './note-workers.ts';
import { createHtmlRenderer } from './obsidian/render-vault.ts';
import { parseNoteBatch } from './parse-task.ts';
import { openAheadFile, vaultInputOf, type AheadSpot, type RenderAheadVault } from './render-ahead.ts';

/** What rendering reads of a note: its file and its Markdown fields. */
type HeldNote = Pick<Note, 'file' | 'blocks' | 'questions' | 'reason'>;

/** The notes this worker parsed, by their index in the parse, as parsed (before the vault's finishing). */
const held = new Map<number, HeldNote>();

/** Renders every held note into `dir`; a note that cannot be rendered here is left to the main thread. */
function renderHeld(vault: RenderAheadVault, dir: string): FromNoteWorker {
  const renderHtml = createHtmlRenderer(vaultInputOf(vault));
  const out = openAheadFile(dir, `${threadId}.jsonl`);
  const done: { index: number; spot: AheadSpot }[] = [];
  const left: number[] = [];
  for (const [index, note] of held) {
    // Let go as it is rendered: the worker's heap shrinks while the main thread's grows with the bundle.
    held.delete(index);
    try {
      done.push({ index, spot: out.write(renderHtml(note)) });
    } catch {
      // The main thread renders it as it always did, and reports whatever went wrong there.
      left.push(index);
    }
  }
  out.close();
  return { type: 'rendered', done, left };
}

function answer(message: ToNoteWorker): FromNoteWorker {
  if (message.type === 'render') return renderHeld(message.vault, message.dir);
  const parsed = parseNoteBatch(message.entries);
  parsed.forEach((entry, i) => {
    const { file, blocks, questions, reason } = entry.analysis.note;
    held.set(message.offset + i, { file, blocks, questions, reason });
  });
  return { type: 'parsed', offset: message.offset, parsed };
}

const port = parentPort;
port?.on('message', (message: ToNoteWorker) => {
  let reply: FromNoteWorker;
  try {
    reply = answer(message);
  } catch (error) {
    reply = { type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});

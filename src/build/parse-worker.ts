/**
 * The entry of a note worker thread (bundled to plain JavaScript by `bundleWorker`, because a worker cannot load
 * TypeScript; started by src/build/note-workers.ts): it parses batches of notes, then renders notes' HTML ahead
 * when the main thread sends the vault, taking one note after another from the queue all workers share
 * (src/build/render-ahead.ts), so no worker holds notes and none waits on the main thread.
 */
import { parentPort, threadId } from 'node:worker_threads';
import type { FromNoteWorker, ToNoteWorker } from './note-workers.ts';
import { createHtmlRenderer } from './obsidian/render-vault.ts';
import { parseNoteBatch } from './parse-task.ts';
import { openAheadFile, takeNote, vaultInputOf, type AheadSpot, type RenderAheadVault } from './render-ahead.ts';

/** Renders notes from the shared queue into `dir` until none is left; a note that cannot be rendered here is left to the main thread. */
function renderHeld(vault: RenderAheadVault, dir: string): FromNoteWorker {
  const renderHtml = createHtmlRenderer(vaultInputOf(vault));
  const out = openAheadFile(dir, `${threadId}.jsonl`);
  const done: { index: number; spot: AheadSpot }[] = [];
  const left: number[] = [];
  for (let taken = takeNote(vault.queue); taken; taken = takeNote(vault.queue)) {
    const { index, note } = taken;
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
  return { type: 'parsed', offset: message.offset, parsed: parseNoteBatch(message.entries) };
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

/**
 * Renders a vault's notes (Markdown to HTML) in worker threads across the cores, once the vault is parsed and
 * assembled: rendering on the main thread, note by note as Vite loaded each note's module, took ~20 s of CPU at
 * 5,000 notes there while the other core idled. Each worker is started with what rendering needs of the whole
 * vault (link targets, sources for embeds, attachments, settings, an href table) and renders batches of notes;
 * a rendered note comes back serialized (compact, off the heap) and is let go once the build has taken it.
 * The workers start from the vault's end; a note the build asks for before any worker has it is rendered by
 * the main thread, which would otherwise wait, so both meet in the middle.
 */
import { deserialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { Note } from '../content/types.ts';
import type { HrefTable } from './obsidian/href-table.ts';
import type { LinkTarget, RenderedNote } from './obsidian/render-vault.ts';
import type { VaultSettings } from './obsidian/vault-settings.ts';
import { batches, BATCH_SIZE } from './parse-pool.ts';
import type { SharedSources } from './shared-sources.ts';

/** The young generation of a render worker's heap, in MB (V8's default is ~48 on 64-bit). */
export const YOUNG_GENERATION_MB = 12;

/**
 * How many render workers to start with `cores` parse workers' worth of cores: one fewer, at least one. The
 * build's main thread bundles while the notes render and takes a core of its own; a worker per core only made
 * them contend and held one more copy of the renderer's heap (~110 MB at 5,000 notes, past the 1 GB peak).
 */
export function renderThreads(cores: number): number {
  return Math.max(1, cores - 1);
}

/** What a render worker is started with: what rendering any note needs of the vault. */
export interface RenderWorkerData {
  links: LinkTarget[];
  sources: SharedSources;
  attachments: readonly string[];
  settings: VaultSettings;
  hrefs: HrefTable;
}

/** A batch of notes sent to a worker. */
export interface RenderBatch {
  batch: number;
  notes: Note[];
}

/** A worker's answer: each note of the batch serialized (node:v8), or null for one the main thread must render. */
export interface RenderedBatch {
  batch: number;
  results: (Uint8Array | null)[];
}

/** The notes being rendered by the workers. */
export interface RenderedNotes {
  /**
   * The note rendered by a worker, or null when no worker rendered it or none has started on it yet (the
   * caller renders it). A note is let go once taken, except one that shows attachments: the build takes those twice (the note loaders learn that
   * it has some, then its own module is built).
   */
  take: (slug: string) => Promise<RenderedNote | null>;
  /** Resolves when every batch is answered, with how many notes the workers rendered. */
  done: Promise<{ notes: number; inWorkers: number; ms: number }>;
  /** Stops the workers; notes not rendered yet are left to the caller. */
  stop: () => void;
}

/** One pending result, settled once. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

/**
 * Starts `threads` workers running `workerFile` (a promise while it is being bundled) on `notes`, in their
 * order, a batch at a time. A worker that fails leaves its batch to the caller; the others go on.
 */
export function renderInWorkers(notes: readonly Note[], vault: RenderWorkerData, workerFile: Promise<string>, threads: number): RenderedNotes {
  const start = performance.now();
  const work = batches(notes, BATCH_SIZE);
  const pending = new Map(notes.map((note) => [note.slug, deferred<Uint8Array | null>()]));
  const results = new Map<string, Promise<Uint8Array | null>>([...pending].map(([slug, entry]) => [slug, entry.promise]));
  const batchOf = new Map(work.flatMap((batch, index) => batch.map((note) => [note.slug, index] as const)));
  // Batches not yet sent. The workers take them from the back while the build asks for notes from the front:
  // a note whose batch is not sent yet when the build asks is the caller's to render, so the main thread,
  // which would otherwise wait, renders the front of the vault as the workers render the back.
  const queue = work.map((_, index) => index);
  const unsent = new Set(queue);
  let inWorkers = 0;
  // Notes the caller asked for before any worker had them, and rendered itself.
  let stolen = 0;
  let live = 0;
  let stopped = false;
  const finished = deferred<{ notes: number; inWorkers: number; ms: number }>();
  const workers: Worker[] = [];

  const settle = (index: number, answers: readonly (Uint8Array | null)[]) => {
    (work[index] ?? []).forEach((note, i) => {
      const answer = answers[i] ?? null;
      if (answer) inWorkers++;
      pending.get(note.slug)?.resolve(answer);
      pending.delete(note.slug);
    });
    if (pending.size === 0) finished.resolve({ notes: notes.length, inWorkers, ms: performance.now() - start });
  };
  const giveUp = () => {
    for (const index of queue.splice(0)) settle(index, []);
    unsent.clear();
  };
  if (notes.length === 0) finished.resolve({ notes: 0, inWorkers: 0, ms: 0 });

  const startWorker = (file: string) => {
    let worker: Worker;
    try {
      // A small young generation: rendering makes short-lived garbage only, and V8's default let each worker's
      // heap hold ~50 MB more of it at once.
      worker = new Worker(file, { workerData: vault, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    } catch {
      return;
    }
    workers.push(worker);
    live++;
    // Two batches in flight: the worker goes on with the second while its answer to the first waits for the
    // main thread, which may be busy in the bundler for a while.
    const sent = new Set<number>();
    const send = () => {
      const index = stopped ? undefined : queue.pop();
      if (index !== undefined) unsent.delete(index);
      if (index === undefined) {
        if (sent.size === 0) void worker.terminate();
        return;
      }
      sent.add(index);
      worker.postMessage({ batch: index, notes: work[index] ?? [] } satisfies RenderBatch);
    };
    worker.on('message', ({ batch, results: answers }: RenderedBatch) => {
      sent.delete(batch);
      settle(batch, answers);
      send();
    });
    // An error is followed by the exit: the batches in flight are the caller's to render.
    worker.on('error', () => undefined);
    worker.once('exit', () => {
      for (const index of sent) settle(index, []);
      sent.clear();
      live--;
      // The last worker gone: whatever was not sent is the caller's too.
      if (live === 0) giveUp();
    });
    send();
    send();
  };

  workerFile.then(
    (file) => {
      for (let i = 0; i < threads && !stopped; i++) startWorker(file);
      if (live === 0) giveUp();
    },
    giveUp,
  );

  return {
    async take(slug) {
      const result = results.get(slug);
      if (!result) return null;
      const batch = batchOf.get(slug);
      // The caller renders no more than the workers have rendered, plus a batch: concurrent module loads ask
      // for many notes at once, and taking each of them would leave the whole render to the main thread again.
      if (batch !== undefined && unsent.has(batch) && stolen >= inWorkers + BATCH_SIZE) {
        // Its batch goes next, and the caller waits for it.
        queue.splice(queue.indexOf(batch), 1);
        queue.push(batch);
      } else if (batch !== undefined && unsent.has(batch)) {
        // Not sent yet: taken out of its batch and left to the caller, who would only wait for it.
        stolen++;
        const notesOfBatch = work[batch] ?? [];
        notesOfBatch.splice(notesOfBatch.findIndex((note) => note.slug === slug), 1);
        results.delete(slug);
        pending.get(slug)?.resolve(null);
        pending.delete(slug);
        if (pending.size === 0) finished.resolve({ notes: notes.length, inWorkers, ms: performance.now() - start });
        return null;
      }
      const bytes = await result;
      if (!bytes) {
        results.delete(slug);
        return null;
      }
      const rendered = deserialize(bytes) as RenderedNote;
      if (rendered.attachments.length === 0) results.delete(slug);
      return rendered;
    },
    done: finished.promise,
    stop() {
      stopped = true;
      giveUp();
      for (const worker of workers) void worker.terminate();
    },
  };
}

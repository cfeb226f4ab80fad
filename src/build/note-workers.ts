/**
 * The parse's worker threads: first they parse the vault's notes a batch at a time (each worker takes the next
 * batch when it is done), then, once the main thread has finished the vault (slugs, ids) and knows every link,
 * they render the notes from a queue they share (src/build/render-ahead.ts) while the main thread goes on with
 * the build. Rendering is where most of a large build's single-threaded time went.
 */
import { Worker } from 'node:worker_threads';
import type { PlannedNote } from '../content/parse-vault.ts';
import type { ParsedNote } from './parse-task.ts';
import type { AheadSpot, RenderAheadVault } from './render-ahead.ts';

/** Notes per message to a worker: enough to make messages rare, few enough to share the work evenly. */
export const BATCH_SIZE = 20;

/** What the main thread asks of a worker. */
export type ToNoteWorker =
  | { type: 'parse'; offset: number; entries: PlannedNote[] }
  | { type: 'render'; vault: RenderAheadVault; dir: string };

/** What a worker answers: a batch parsed, the notes it rendered (by index) and those it left, or why it failed. */
export type FromNoteWorker =
  | { type: 'parsed'; offset: number; parsed: ParsedNote[] }
  | { type: 'rendered'; done: { index: number; spot: AheadSpot }[]; left: number[] }
  | { type: 'failed'; message: string };

/** Notes rendered ahead, by their index in the parse: written to disk (where), or left to the main thread. */
export interface RenderedAhead {
  done: { index: number; spot: AheadSpot }[];
  left: number[];
}

/** A started set of note workers. */
export interface NoteWorkers {
  /** Parses `entries` (indices in answers are positions in it); call once. */
  parse(entries: readonly PlannedNote[]): Promise<ParsedNote[]>;
  /** Has the workers render the vault's queued notes into `dir`; call once, after `parse`. */
  render(vault: RenderAheadVault, dir: string): Promise<RenderedAhead>;
  close(): Promise<void>;
}

/** Starts `threads` workers running the bundled `workerFile` (src/build/parse-worker.ts). */
export function startNoteWorkers(workerFile: string, threads: number): NoteWorkers {
  const workers = Array.from({ length: Math.max(1, threads) }, () => new Worker(workerFile));
  // Every worker's next answer goes to the one waiting `listen` call; an error or an exit fails it.
  const listen = (worker: Worker, onMessage: (message: FromNoteWorker) => void, onFailure: (error: Error) => void) => {
    const message = (answer: FromNoteWorker) => (answer.type === 'failed' ? onFailure(new Error(answer.message)) : onMessage(answer));
    const error = (reason: Error) => onFailure(reason);
    const exit = (code: number) => onFailure(new Error(`a note worker stopped (exit code ${code})`));
    worker.on('message', message);
    worker.on('error', error);
    worker.on('exit', exit);
    return () => {
      worker.off('message', message);
      worker.off('error', error);
      worker.off('exit', exit);
    };
  };

  return {
    parse: (entries) =>
      new Promise<ParsedNote[]>((resolve, reject) => {
        const results: ParsedNote[][] = [];
        const offsets: number[] = [];
        for (let offset = 0; offset < entries.length; offset += BATCH_SIZE) offsets.push(offset);
        let next = 0;
        let pending = 0;
        let failed = false;
        const stops: (() => void)[] = [];
        const finish = (error?: Error) => {
          stops.forEach((stop) => stop());
          if (error) reject(error);
          else resolve(results.flat());
        };
        const give = (worker: Worker) => {
          const offset = offsets[next++];
          if (offset === undefined) return;
          pending += 1;
          worker.postMessage({ type: 'parse', offset, entries: entries.slice(offset, offset + BATCH_SIZE) } satisfies ToNoteWorker);
        };
        for (const worker of workers) {
          stops.push(
            listen(
              worker,
              (answer) => {
                if (answer.type !== 'parsed' || failed) return;
                results[answer.offset / BATCH_SIZE] = answer.parsed;
                pending -= 1;
                give(worker);
                if (pending === 0) finish();
              },
              (error) => {
                if (failed) return;
                failed = true;
                finish(error);
              },
            ),
          );
        }
        if (offsets.length === 0) finish();
        // Two batches each to start: a worker always has its next batch while the main thread reads its last answer.
        else for (const worker of [...workers, ...workers]) give(worker);
      }),
    render: (vault, dir) =>
      Promise.all(
        workers.map(
          (worker) =>
            new Promise<RenderedAhead>((resolve, reject) => {
              const stop = listen(
                worker,
                (answer) => {
                  if (answer.type !== 'rendered') return;
                  stop();
                  resolve({ done: answer.done, left: answer.left });
                },
                (error) => {
                  stop();
                  reject(error);
                },
              );
              worker.postMessage({ type: 'render', vault, dir } satisfies ToNoteWorker);
            }),
        ),
      ).then((answers) => ({ done: answers.flatMap((answer) => answer.done), left: answers.flatMap((answer) => answer.left) })),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

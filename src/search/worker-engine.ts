/** The page's side of the search worker: start it, hand it the index, and match answers to queries. */
import type { LoadedSearchEngine } from './search-engine';
import type { SearchResult } from './search-notes';
import type { FromSearchWorker, ToSearchWorker } from './worker-messages';

/** The part of a Worker the engine uses, so tests can hand it a stand-in. */
export type SearchWorkerPort = Pick<Worker, 'postMessage' | 'addEventListener' | 'terminate'>;

interface Pending {
  answer: (results: SearchResult[]) => void;
  refuse: (error: Error) => void;
}

/** Starts the search worker in a browser. */
export function startSearchWorker(): SearchWorkerPort {
  return new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'examflow-search' });
}

/**
 * Has the worker open the index whose head is at `headUrl` (absolute) and resolves once it has read it; the
 * worker fetches the parts itself. A query whose parts could not be fetched fails alone (the next query
 * fetches them again). Should the worker fail later, every
 * query waiting on it and every later query is refused with the reason, and `onBroken` is told (so the
 * next load starts a new worker), rather than leaving the dialog waiting for an answer that never comes.
 */
export function workerEngine(
  headUrl: string,
  worker = startSearchWorker(),
  onBroken: () => void = () => {},
): Promise<LoadedSearchEngine> {
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let broken: Error | null = null;
  const send = (message: ToSearchWorker) => worker.postMessage(message);
  return new Promise((resolve) => {
    const fail = (reason: string) => {
      worker.terminate();
      broken ??= new Error(reason);
      for (const { refuse } of pending.values()) refuse(broken);
      pending.clear();
      onBroken();
      // Before 'loaded' this settles the load; after it, the promise has settled and this does nothing.
      resolve({ ok: false, reason });
    };
    worker.addEventListener('error', (event) => fail((event as ErrorEvent).message || 'the search worker stopped'));
    worker.addEventListener('messageerror', () => fail('the search worker sent an unreadable answer'));
    worker.addEventListener('message', (event) => {
      const message = (event as MessageEvent<FromSearchWorker>).data;
      if (message.type === 'results' || message.type === 'failed') {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (message.type === 'results') waiting?.answer(message.results);
        else waiting?.refuse(new Error(message.reason));
      } else if (!message.ok) {
        fail(message.reason);
      } else {
        resolve({
          ok: true,
          engine: {
            search: (query, limit, signal) =>
              new Promise((answer, refuse) => {
                if (broken) return refuse(broken);
                if (signal?.aborted) return refuse(signal.reason);
                nextId += 1;
                const id = nextId;
                pending.set(id, { answer, refuse });
                send({ type: 'search', id, query, limit });
                // An answer no longer wanted: the worker stops fetching for it, and the caller hears at once.
                signal?.addEventListener('abort', () => {
                  if (!pending.delete(id)) return;
                  send({ type: 'cancel', id });
                  refuse(signal.reason);
                }, { once: true });
              }),
          },
        });
      }
    });
    send({ type: 'load', url: headUrl });
  });
}

/** The page's side of the search worker: start it, hand it the index, and match answers to queries. */
import type { LoadedSearchEngine } from './search-engine';
import type { SearchResult } from './search-notes';
import type { FromSearchWorker, ToSearchWorker } from './worker-messages';

/** Starts the search worker and loads `json` into it; resolves once the worker has parsed it. */
export function workerEngine(json: string): Promise<LoadedSearchEngine> {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'examflow-search' });
  const pending = new Map<number, (results: SearchResult[]) => void>();
  let nextId = 0;
  const send = (message: ToSearchWorker) => worker.postMessage(message);
  return new Promise((resolve) => {
    const fail = (reason: string) => {
      worker.terminate();
      resolve({ ok: false, reason });
    };
    worker.addEventListener('error', (event) => fail(event.message || 'the search worker failed to start'));
    worker.addEventListener('message', (event: MessageEvent<FromSearchWorker>) => {
      const message = event.data;
      if (message.type === 'results') {
        pending.get(message.id)?.(message.results);
        pending.delete(message.id);
      } else if (!message.ok) {
        fail(message.reason);
      } else {
        resolve({
          ok: true,
          engine: {
            search: (query, limit) =>
              new Promise((answer) => {
                nextId += 1;
                pending.set(nextId, answer);
                send({ type: 'search', id: nextId, query, limit });
              }),
          },
        });
      }
    });
    send({ type: 'load', json });
  });
}

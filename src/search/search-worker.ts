/**
 * The search worker: fetches the index's head and parts (static JSON files) and answers queries off the
 * page's main thread, so neither loading nor querying costs the page anything but the query and its results.
 */
import type { LazyIndex } from './lazy-index';
import { openSearchIndex } from './open-index';
import type { FromSearchWorker, ToSearchWorker } from './worker-messages';

let index: LazyIndex | null = null;
/** The queries being answered, by id, so that a cancel can stop one. */
const running = new Map<number, AbortController>();

const reply = (message: FromSearchWorker) => postMessage(message);

addEventListener('message', (event: MessageEvent<ToSearchWorker>) => {
  const message = event.data;
  if (message.type === 'load') {
    void openSearchIndex(message.url).then((opened) => {
      index = opened.ok ? opened.index : null;
      reply(opened.ok ? { type: 'loaded', ok: true } : { type: 'loaded', ok: false, reason: opened.reason });
    });
  } else if (message.type === 'cancel') {
    running.get(message.id)?.abort();
  } else {
    // A query before a good load has nothing to search; the page only asks after 'loaded'.
    if (!index) return reply({ type: 'results', id: message.id, results: [] });
    const controller = new AbortController();
    running.set(message.id, controller);
    index
      .search(message.query, message.limit, controller.signal)
      .then(
        (results) => reply({ type: 'results', id: message.id, results }),
        (error: unknown) => reply({ type: 'failed', id: message.id, reason: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => running.delete(message.id));
  }
});

/**
 * The search worker: loads the index and answers queries off the page's main thread, so loading and
 * querying never freeze typing. The page sends the index's head, then each part the worker asks for
 * (see worker-engine.ts), because the worker's bundle cannot import the build's virtual modules.
 */
import { lazyIndex, parseMeta, type LazyIndex } from './lazy-index';
import type { SearchPartKey } from './search-files';
import type { FromSearchWorker, ToSearchWorker } from './worker-messages';

let index: LazyIndex | null = null;
const waiting = new Map<SearchPartKey, { resolve: (data: unknown) => void; reject: (error: Error) => void }>();

const reply = (message: FromSearchWorker) => postMessage(message);

/** Asks the page for a part and resolves with its parsed JSON (lazyIndex asks for each part once at a time). */
const fetchPart = (key: SearchPartKey) =>
  new Promise<unknown>((resolve, reject) => {
    waiting.set(key, { resolve, reject });
    reply({ type: 'need', key });
  });

addEventListener('message', (event: MessageEvent<ToSearchWorker>) => {
  const message = event.data;
  if (message.type === 'load') {
    const parsed = parseMeta(message.meta);
    index = parsed.ok ? lazyIndex(parsed.meta, fetchPart) : null;
    reply(parsed.ok ? { type: 'loaded', ok: true } : { type: 'loaded', ok: false, reason: parsed.reason });
  } else if (message.type === 'search') {
    // A query before a good load has nothing to search; the page only asks after 'loaded'.
    if (!index) return reply({ type: 'results', id: message.id, results: [] });
    index.search(message.query, message.limit).then(
      (results) => reply({ type: 'results', id: message.id, results }),
      (error: unknown) => reply({ type: 'failed', id: message.id, reason: error instanceof Error ? error.message : String(error) }),
    );
  } else {
    const pending = waiting.get(message.key);
    waiting.delete(message.key);
    if (!pending) return;
    if (message.type === 'part-failed') return pending.reject(new Error(message.reason));
    try {
      pending.resolve(JSON.parse(message.json));
    } catch (error) {
      pending.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
});

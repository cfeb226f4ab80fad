/**
 * The search worker: parses the index and answers queries off the page's main thread, so loading a large
 * index never freezes typing. The page sends the index text (see worker-engine.ts) because the worker's
 * bundle cannot import the build's virtual modules.
 */
import { parseSearchIndex, searchNotes, type SearchIndex } from './search-notes';
import type { FromSearchWorker, ToSearchWorker } from './worker-messages';

let index: SearchIndex | null = null;

const reply = (message: FromSearchWorker) => postMessage(message);

addEventListener('message', (event: MessageEvent<ToSearchWorker>) => {
  const message = event.data;
  if (message.type === 'load') {
    const parsed = parseSearchIndex(message.json);
    index = parsed.ok ? parsed.index : null;
    reply(parsed.ok ? { type: 'loaded', ok: true } : { type: 'loaded', ok: false, reason: parsed.reason });
  } else {
    // A query before a good load has nothing to search; the page only asks after 'loaded'.
    const results = index ? searchNotes(index, message.query, { limit: message.limit }) : [];
    reply({ type: 'results', id: message.id, results });
  }
});

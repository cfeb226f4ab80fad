import type { SearchResult } from './search-notes';
import { workerEngine, type SearchWorkerPort } from './worker-engine';
import type { FromSearchWorker, ToSearchWorker } from './worker-messages';

/** A stand-in worker: records what the page sent and lets the test answer or fail. */
function fakeWorker() {
  const target = new EventTarget();
  const sent: ToSearchWorker[] = [];
  const port: SearchWorkerPort & { terminated: boolean } = {
    terminated: false,
    postMessage: (message: ToSearchWorker) => void sent.push(message),
    addEventListener: target.addEventListener.bind(target) as SearchWorkerPort['addEventListener'],
    terminate: () => {
      port.terminated = true;
    },
  };
  const reply = (data: FromSearchWorker) => target.dispatchEvent(new MessageEvent('message', { data }));
  const crash = (message: string) => target.dispatchEvent(Object.assign(new Event('error'), { message }));
  return { port, sent, reply, crash };
}

const hit = { slug: 'kms', title: 'KMS', tags: [], titleHighlights: [], snippet: { text: '', highlights: [] } } satisfies SearchResult;

const HEAD = 'https://site.example/assets/search-head-abc.json';

describe('workerEngine', () => {
  test('answers each query with the results the worker sent under its id', async () => {
    const worker = fakeWorker();
    const loading = workerEngine(HEAD, worker.port);
    worker.reply({ type: 'loaded', ok: true });
    const loaded = await loading;
    if (!loaded.ok) throw new Error(loaded.reason);
    const answer = loaded.engine.search('kms', 5);
    const asked = worker.sent.at(-1);
    expect(asked).toMatchObject({ type: 'search', query: 'kms', limit: 5 });
    worker.reply({ type: 'results', id: (asked as { id: number }).id, results: [hit] });
    expect(await answer).toEqual([hit]);
  });

  test.each([
    ['fails to parse the index', (w: ReturnType<typeof fakeWorker>) => w.reply({ type: 'loaded', ok: false, reason: 'bad index' }), 'bad index'],
    ['throws while loading', (w: ReturnType<typeof fakeWorker>) => w.crash('out of memory'), 'out of memory'],
  ])('reports a load that %s as data, and stops the worker', async (_, failWith, reason) => {
    const worker = fakeWorker();
    const loading = workerEngine(HEAD, worker.port);
    failWith(worker);
    expect(await loading).toEqual({ ok: false, reason });
    expect(worker.port.terminated).toBe(true);
  });

  test('a worker failing after loading refuses the waiting and later queries with its reason, and says it broke', async () => {
    const worker = fakeWorker();
    const onBroken = vi.fn();
    const loading = workerEngine(HEAD, worker.port, onBroken);
    worker.reply({ type: 'loaded', ok: true });
    const loaded = await loading;
    if (!loaded.ok) throw new Error(loaded.reason);
    const waiting = loaded.engine.search('kms', 5);
    worker.crash('worker crashed');
    await expect(waiting).rejects.toThrow('worker crashed');
    await expect(loaded.engine.search('glue', 5)).rejects.toThrow('worker crashed');
    expect(onBroken).toHaveBeenCalledTimes(1);
    expect(worker.port.terminated).toBe(true);
  });

  test('a query whose answer is no longer wanted is cancelled in the worker and refused at once; its late answer is dropped', async () => {
    const worker = fakeWorker();
    const loading = workerEngine(HEAD, worker.port);
    worker.reply({ type: 'loaded', ok: true });
    const loaded = await loading;
    if (!loaded.ok) throw new Error(loaded.reason);
    const typedOver = new AbortController();
    const dropped = loaded.engine.search('이', 5, typedOver.signal);
    const id = (worker.sent.at(-1) as { id: number }).id;
    typedOver.abort(new Error('typed over'));
    await expect(dropped).rejects.toThrow('typed over');
    expect(worker.sent.at(-1)).toEqual({ type: 'cancel', id });
    const answer = loaded.engine.search('이미지', 5, new AbortController().signal);
    worker.reply({ type: 'results', id, results: [] });
    worker.reply({ type: 'results', id: (worker.sent.at(-1) as { id: number }).id, results: [hit] });
    expect(await answer).toEqual([hit]);
  });

  test('tells the worker where the head is and sends it nothing but queries after that', async () => {
    const worker = fakeWorker();
    const loading = workerEngine(HEAD, worker.port);
    expect(worker.sent).toEqual([{ type: 'load', url: HEAD }]);
    worker.reply({ type: 'loaded', ok: true });
    const loaded = await loading;
    if (!loaded.ok) throw new Error(loaded.reason);
    const failing = loaded.engine.search('kms', 5);
    worker.reply({ type: 'failed', id: (worker.sent.at(-1) as { id: number }).id, reason: 'search index part docs-9: offline' });
    await expect(failing).rejects.toThrow('docs-9');
    const answer = loaded.engine.search('kms', 5);
    worker.reply({ type: 'results', id: (worker.sent.at(-1) as { id: number }).id, results: [hit] });
    expect(await answer).toEqual([hit]);
    expect(worker.sent.map((m) => m.type)).toEqual(['load', 'search', 'search']);
    expect(worker.port.terminated).toBe(false);
  });
});

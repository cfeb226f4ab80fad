import { scriptTime, SEARCH_LOAD_SCRIPTS, type TraceEvent } from './script-time';

const thread = (pid: number, tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', pid, tid, ts: 0, args: { name } });
const call = (ts: number, dur: number, url: string, name = 'FunctionCall', tid = 1): TraceEvent => ({ name, ph: 'X', pid: 1, tid, ts, dur, args: { data: { url } } });
const ORIGIN = 'http://localhost:4330';

describe('scriptTime', () => {
  const events: TraceEvent[] = [
    thread(1, 1, 'CrRendererMain'),
    thread(1, 2, 'DedicatedWorker thread'),
    { name: 'RunTask', ph: 'X', pid: 1, tid: 1, ts: 0, dur: 7_000 },
    { name: 'RunTask', ph: 'X', pid: 1, tid: 1, ts: 9_000, dur: 16_000 },
    { name: 'RunTask', ph: 'X', pid: 1, tid: 1, ts: 30_000, dur: 41_000 },
    call(0, 5_000, `${ORIGIN}/assets/worker-engine-ab12.js`),
    // Inside the call above: counted once.
    call(1_000, 2_000, `${ORIGIN}/assets/search-shard-3-Xy_z.js`, 'v8.compileModule'),
    call(10_000, 3_000, `${ORIGIN}/assets/search-index-AbC.js`, 'v8.compileModule'),
    // React drawing the results: not the index's.
    call(20_000, 40_000, `${ORIGIN}/assets/start-vendor-Dk0.js`),
    // The worker's own thread: not the page's.
    call(70_000, 9_000, `${ORIGIN}/assets/search-worker-DW.js`, 'FunctionCall', 2),
    call(80_000, 9_000, `${ORIGIN}/assets/open-index-DW.js`, 'FunctionCall', 2),
  ];

  test('counts the main thread in the index\'s scripts only, nested events once, and the whole tasks they ran in', () => {
    expect(scriptTime(events, SEARCH_LOAD_SCRIPTS)).toEqual({ scriptMs: 8, taskMs: 23, tasks: 2 });
  });

  test.each([
    [`${ORIGIN}/assets/search-head-NiCc_DSpYjx.js`, true],
    [`${ORIGIN}/examflow/assets/search-docs-12-KTp1nq.js`, true],
    [`${ORIGIN}/assets/load-index-Csa4VkYF.js`, true],
    [`${ORIGIN}/assets/search-dialog-f4tIa9pI.js`, false],
    [`${ORIGIN}/assets/search-worker-DWyBaeLj.js`, false],
    [`${ORIGIN}/assets/start-app-Ba5m.js`, false],
  ])('%s is one of the index\'s scripts: %s', (url, expected) => {
    expect(SEARCH_LOAD_SCRIPTS.test(url)).toBe(expected);
  });
});

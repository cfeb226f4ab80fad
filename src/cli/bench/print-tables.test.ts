import { buildTableRows, pageBudgetVerdict, type BuildRow, type VitePressSide } from './print-tables';

const cost = { cpuMs: 9_000, peakRssMb: 900, rssSource: 'time -v' as const };
const examflow = (vault: string, wallMs: number): BuildRow => ({
  vault, notes: 5000, load: '2.0 2.0 2.0', wallMs, ...cost, slowPlugins: [], swBytes: 0, precacheEntries: 0, phases: null, steps: [],
  bundle: { initialGzip: 0, notes: { count: 0, gzipTotal: 0, gzipMedian: 0 } } as unknown as BuildRow['bundle'],
  rebuild: { wallMs: 2_000, cpuMs: 2_000, peakRssMb: 400 }, vitepress: null,
});
const vitepress = (vault: string, wallMs: number, failure: string | null): VitePressSide => ({
  vault, notes: 5000, load: '3.0 3.0 3.0', wallMs, ...cost, heapMb: 12288, failure,
});

describe('buildTableRows', () => {
  test('a VitePress build that ran out of memory is a row with its cost until then, and no ratio', () => {
    const [row] = buildTableRows({ builds: [examflow('generated 5,000', 60_000)], vitepress: [vitepress('generated 5,000', 387_000, 'out of memory at a 12,288 MB heap')], failures: [] });
    expect(row).toEqual(['generated 5,000', '5,000', '60.0 s', '9.0 s', '900 MB', '2.0 2.0 2.0',
      'failed after 387.0 s: out of memory at a 12,288 MB heap', '9.0 s', '900 MB', '3.0 3.0 3.0', 'n/a', '2.0 s']);
  });

  test('both built: the ratio is VitePress over examflow', () => {
    const [row] = buildTableRows({ builds: [examflow('sample', 10_000)], vitepress: [vitepress('sample', 40_000, null)], failures: [] });
    expect(row?.slice(6, 11)).toEqual(['40.0 s', '9.0 s', '900 MB', '3.0 3.0 3.0', '4.0x']);
  });

  test('an examflow build that failed still gets its row, with VitePress beside it', () => {
    const rows = buildTableRows({ builds: [], vitepress: [vitepress('generated 1,000', 50_000, null)],
      failures: [{ vault: 'generated 1,000', step: 'examflow build', message: 'vite build failed (exit 1):' }] });
    expect(rows).toEqual([['generated 1,000', '5,000', 'failed: vite build failed (exit 1):', 'n/a', 'n/a', 'n/a',
      '50.0 s', '9.0 s', '900 MB', '3.0 3.0 3.0', 'n/a', 'n/a']]);
  });
});

describe('pageBudgetVerdict', () => {
  test.each([
    ['/', 'load', 99_000, 'within'],
    ['/', 'load', 124_500, 'OVER'],
    ['/', 'intent', 0, 'within'],
    ['/notes/a-note', 'load', 120_000, 'within'],
    ['/notes/a-note', 'load', 123_300, 'OVER'],
    ['/tags/a-tag', 'load', 122_700, ''],
    // A visit that ended before the app ran (nor waited for a press) counted none of its scripts: 0 bytes is no pass.
    ['/tags/a-tag', 'never', 0, 'app never started'],
    ['/notes/a-note', 'never', 0, 'app never started'],
  ] as const)('%s, app starts %s, %d bytes: "%s"', (path, start, scriptGzip, verdict) => {
    expect(pageBudgetVerdict({ path, start, scriptGzip })).toBe(verdict);
  });
});

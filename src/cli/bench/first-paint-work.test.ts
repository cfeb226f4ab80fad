import { describe, expect, it } from 'vitest';
import { firstPaintWork, type PaintTraceEvent } from './first-paint-work';

const MAIN = { pid: 1, tid: 10 };
const navigation: PaintTraceEvent = { name: 'navigationStart', ph: 'R', ...MAIN, ts: 1_000_000, args: { frame: 'F', data: { documentLoaderURL: 'http://x/', isLoadingMainFrame: true } } };
const at = (name: string, ms: number, dur: number | undefined, extra: Partial<PaintTraceEvent> = {}): PaintTraceEvent => ({ name, ph: 'X', ...MAIN, ts: 1_000_000 + ms * 1000, ...(dur === undefined ? {} : { dur: dur * 1000 }), ...extra });

describe('firstPaintWork', () => {
  it("measures the task that first painted the page's own document, not the blank page's, an image's or an earlier small layout", () => {
    const events = [
      navigation,
      at('Paint', 2, 1, { args: { data: { frame: 'F' } } }),
      at('ParseHTML', 5, 2, { args: { beginData: { url: 'http://x/' } } }),
      at('RunTask', 10, 5),
      at('Layout', 11, 1),
      at('ThreadControllerImpl::RunTask', 20, 100),
      at('RunTask', 20, 99),
      at('Layout', 21, 70),
      at('Layout', 95, 2),
      at('Paint', 98, 1, { args: { data: { frame: 'F' } } }),
      at('RunTask', 200, 10),
      at('Paint', 201, 1, { args: { data: { frame: 'SVG-IMAGE' } } }),
      at('Layout', 202, 5),
      at('firstContentfulPaint', 400, undefined, { ph: 'R', args: { frame: 'F' } }),
      at('FontDataManager::onMatchFamilyStyle', 30, 5, { pid: 2, tid: 20 }),
      at('FontDataManager::onMatchFamilyStyle', 40, 5, { pid: 2, tid: 20 }),
      at('FontCache::FallbackFontForCharacter', 50, 1),
    ];
    expect(firstPaintWork(events)).toEqual({ fcpMs: 400, taskMs: 100, layoutMs: 72, fontLookups: 2, fallbackLookups: 1 });
  });

  it('ignores the blank page a tab opens on, and says nothing of a trace that never painted the page', () => {
    const blank: PaintTraceEvent = { ...navigation, ts: 0, args: { frame: 'B', data: { documentLoaderURL: '', isLoadingMainFrame: true } } };
    expect(firstPaintWork([blank, at('RunTask', 0, 5), at('Paint', 1, 1, { args: { data: { frame: 'B' } } })])).toBeNull();
    expect(firstPaintWork([navigation, at('RunTask', 0, 5), at('Layout', 1, 1)])).toBeNull();
  });

  it('reports no first contentful paint when the trace holds none', () => {
    const work = firstPaintWork([navigation, at('ParseHTML', 0, 0.5, { args: { beginData: { url: 'http://x/' } } }), at('RunTask', 0, 5), at('Paint', 1, 1, { args: { data: { frame: 'F' } } })]);
    expect(work).toMatchObject({ fcpMs: null, taskMs: 5, layoutMs: 0 });
  });
});

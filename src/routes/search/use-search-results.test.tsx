// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import type { SearchEngine } from '../../search/search-engine';
import type { SearchResult } from '../../search/search-notes';
import { useSearchResults } from './use-search-results';

const hit = (slug: string): SearchResult => ({ slug, title: slug, tags: [], titleHighlights: [], snippet: { text: '', highlights: [] } });

/** An engine that records each query's signal and answers only when the test says so. */
function heldEngine() {
  const asked: { query: string; signal: AbortSignal | undefined; answer: (results: SearchResult[]) => void }[] = [];
  const engine: SearchEngine = {
    search: (query, _limit, signal) => new Promise((answer) => asked.push({ query, signal, answer })),
  };
  return { engine, asked };
}

describe('useSearchResults', () => {
  test('a query typed over is cancelled, and only the latest query\'s results are shown', async () => {
    const { engine, asked } = heldEngine();
    const { result, rerender } = renderHook(({ query }) => useSearchResults({ status: 'ready', engine }, query, 20), { initialProps: { query: '이' } });
    rerender({ query: '이미지' });
    expect(asked.map(({ query, signal }) => [query, signal?.aborted])).toEqual([['이', true], ['이미지', false]]);
    asked[0]!.answer([hit('stale')]);
    asked[1]!.answer([hit('rekognition')]);
    await waitFor(() => expect(result.current.results.map((r) => r.slug)).toEqual(['rekognition']));
  });

  test('closing the search cancels the query still being answered', () => {
    const { engine, asked } = heldEngine();
    const { unmount } = renderHook(() => useSearchResults({ status: 'ready', engine }, '이미지', 20));
    unmount();
    expect(asked[0]?.signal?.aborted).toBe(true);
  });
});

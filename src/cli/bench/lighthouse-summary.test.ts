import { medianSummary, summarizeLighthouse, type PageSummary, type LighthouseResultLike } from './lighthouse-summary';

const audit = (id: string, score: number | null, scoreDisplayMode = 'binary', displayValue?: string) => ({
  id, title: `title of ${id}`, score, scoreDisplayMode, displayValue,
});

const lhr: LighthouseResultLike = {
  categories: {
    performance: { score: 0.93, auditRefs: [{ id: 'largest-contentful-paint', weight: 25 }, { id: 'diagnostics', weight: 0 }] },
    accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
    'best-practices': { score: 0.96, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
    seo: { score: null, auditRefs: [] },
  },
  audits: {
    'largest-contentful-paint': { ...audit('largest-contentful-paint', 0.8, 'numeric', '2.9 s'), numericValue: 2900 },
    diagnostics: audit('diagnostics', 0, 'informative'),
    'color-contrast': audit('color-contrast', 1),
    'errors-in-console': audit('errors-in-console', 0),
  },
};

test('scores become whole numbers and a missing category stays null', () => {
  expect(summarizeLighthouse(lhr).scores).toEqual({ performance: 93, accessibility: 100, 'best-practices': 96, seo: null });
});

test('only audits that cost points are listed, worst first, with their ids', () => {
  expect(summarizeLighthouse(lhr).failing.map((f) => [f.category, f.id])).toEqual([
    ['best-practices', 'errors-in-console'],
    ['performance', 'largest-contentful-paint'],
  ]);
});

test('the LCP is read in milliseconds', () => {
  expect(summarizeLighthouse(lhr).lcpMs).toBe(2900);
});

const run = (performance: number | null, lcpMs: number | null, failing: string[] = []): PageSummary => ({
  scores: { performance, accessibility: 100, 'best-practices': performance === null ? null : 96, seo: 100 },
  lcpMs,
  failing: failing.map((id) => ({ category: 'performance', id, title: id, score: 0.5 })),
});

test.each([
  ['three runs: the middle of each', [run(90, 1500, ['a']), run(99, 900, ['b']), run(95, 1100, ['c'])], { performance: 95, lcp: 1100, failing: ['c'] }],
  ['a run without a score is left out', [run(null, null), run(80, 2000, ['a']), run(100, 800)], { performance: 80, lcp: 800, failing: ['a'] }],
])('medianSummary: %s', (_name, runs, expected) => {
  const median = medianSummary(runs);
  expect({ performance: median.scores.performance, lcp: median.lcpMs, failing: median.failing.map((f) => f.id) }).toEqual(expected);
});

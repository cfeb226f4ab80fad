/** Turns a Lighthouse result into the scores and the audits that cost points. */

/** The four categories examflow aims to score 100 in. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The part of a Lighthouse result (LHR) this summary reads. */
export interface LighthouseResultLike {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string; numericValue?: number }>;
}

/** One page's scores (0..100) and the audit ids that lost points, per category. */
export interface PageSummary {
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  /** Largest Contentful Paint in milliseconds (simulated), or null when Lighthouse could not measure it. */
  lcpMs: number | null;
  failing: { category: string; id: string; title: string; score: number; displayValue?: string }[];
}

/** Scores as whole numbers, and every weighted (or binary) audit that scored below 1, worst first. */
export function summarizeLighthouse(lhr: LighthouseResultLike): PageSummary {
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => {
      const score = lhr.categories[category]?.score;
      return [category, score == null ? null : Math.round(score * 100)];
    }),
  ) as PageSummary['scores'];
  const failing: PageSummary['failing'] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'manual') continue;
      if (ref.weight === 0 && audit.scoreDisplayMode !== 'binary') continue;
      failing.push({ category, id: audit.id, title: audit.title, score: audit.score, displayValue: audit.displayValue });
    }
  }
  failing.sort((a, b) => a.score - b.score);
  return { scores, lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? null, failing };
}

const middle = (values: (number | null)[]): number | null => {
  const known = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  return known.length === 0 ? null : known[Math.floor((known.length - 1) / 2)]!;
};

/**
 * The median of several runs of one page, taken per category and for LCP on its own (Lighthouse's scores
 * wobble from run to run); the audits that lost points are those of the run whose performance is the median.
 */
export function medianSummary(runs: readonly PageSummary[]): PageSummary {
  if (runs.length === 0) throw new Error('medianSummary needs at least one run');
  const scores = Object.fromEntries(CATEGORIES.map((category) => [category, middle(runs.map((run) => run.scores[category]))])) as PageSummary['scores'];
  const typical = runs.find((run) => run.scores.performance === scores.performance) ?? runs[0]!;
  return { scores, lcpMs: middle(runs.map((run) => run.lcpMs)), failing: typical.failing };
}

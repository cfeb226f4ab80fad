import { domainOf, scaledOn } from './blueprint';
import { latestOutcomes, resultsByDomain } from './blueprint-results';

const domains = [
  { name: 'Data Engineering', weight: 20, tags: ['data', 'service/kinesis', 'service/glue'] },
  { name: 'Exploratory Data Analysis', weight: 24, tags: ['usecase/fraud-detection', 'service/athena'] },
  { name: 'Modeling', weight: 36, tags: ['metric', 'problem/classification'] },
  { name: 'ML Implementation and Operations', weight: 20, tags: ['mlops', 'deployment'] },
];

describe('domainOf', () => {
  test.each([
    { tags: ['service/kinesis', 'data/parquet', 'service/athena'], domain: 0 },
    { tags: ['service/athena', 'usecase/fraud-detection', 'problem/classification'], domain: 1 },
    { tags: ['metric/auc', 'metric/precision-recall', 'usecase/fraud-detection'], domain: 2 },
    { tags: ['MLOps/Monitoring', 'service/sagemaker'], domain: 3 },
    // A tie goes to the domain written first.
    { tags: ['service/glue', 'mlops/monitoring'], domain: 0 },
    { tags: ['service/sagemaker'], domain: null },
    { tags: [], domain: null },
  ])('$tags belongs to domain $domain', ({ tags, domain }) => {
    expect(domainOf(tags, domains)).toBe(domain);
  });
});

describe('scaledOn', () => {
  test.each([
    { scale: { min: 100, max: 1000 }, correct: 0, total: 65, score: 100 },
    { scale: { min: 100, max: 1000 }, correct: 65, total: 65, score: 1000 },
    { scale: { min: 100, max: 1000 }, correct: 47, total: 65, score: 751 },
    { scale: { min: 0, max: 100 }, correct: 7, total: 10, score: 70 },
    { scale: { min: 100, max: 1000 }, correct: 0, total: 0, score: 100 },
  ])('$correct of $total on $scale.min–$scale.max is $score', ({ scale, correct, total, score }) => {
    expect(scaledOn(scale, correct, total)).toBe(score);
  });
});

describe('resultsByDomain', () => {
  test('counts each question once, in its domain, and the questions of no domain on their own line', () => {
    const outcomes = [
      { tags: ['data/parquet'], correct: true },
      { tags: ['data/parquet'], correct: false },
      { tags: ['metric/auc'], correct: true },
      { tags: ['metric/auc', 'usecase/fraud-detection', 'problem/classification'], correct: true },
      { tags: ['service/sagemaker'], correct: false },
    ];
    expect(resultsByDomain(outcomes, domains)).toEqual([
      { name: 'Data Engineering', weight: 20, correct: 1, total: 2, percentage: 50 },
      { name: 'Exploratory Data Analysis', weight: 24, correct: 0, total: 0, percentage: 0 },
      { name: 'Modeling', weight: 36, correct: 2, total: 2, percentage: 100 },
      { name: 'ML Implementation and Operations', weight: 20, correct: 0, total: 0, percentage: 0 },
      { name: null, weight: 0, correct: 0, total: 1, percentage: 0 },
    ]);
  });
});

describe('latestOutcomes', () => {
  test('one outcome per answered question, by its latest answer, leaving out questions the vault no longer asks', () => {
    const attempts = [
      { questionId: 'q1', at: '2026-01-01T00:00:00Z', correct: false },
      { questionId: 'q1', at: '2026-01-02T00:00:00Z', correct: true },
      { questionId: 'q2', at: '2026-01-02T00:00:00Z', correct: true },
      { questionId: 'q2', at: '2026-01-03T00:00:00Z', correct: false },
      { questionId: 'gone', at: '2026-01-03T00:00:00Z', correct: true },
    ];
    const tags: Record<string, string[]> = { q1: ['data'], q2: ['metric'] };
    expect(latestOutcomes({ attempts }, (id) => tags[id])).toEqual([{ tags: ['data'], correct: true }, { tags: ['metric'], correct: false }]);
  });
});

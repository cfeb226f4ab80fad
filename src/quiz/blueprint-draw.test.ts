import { apportion, domainQuotas, drawByDomain } from './blueprint-draw';

const MLS_C01 = [20, 24, 36, 20];

describe('apportion', () => {
  test.each([
    { count: 65, weights: MLS_C01, parts: [13, 16, 23, 13] },
    { count: 10, weights: MLS_C01, parts: [2, 2, 4, 2] },
    { count: 100, weights: MLS_C01, parts: [20, 24, 36, 20] },
    { count: 3, weights: [1, 1, 1], parts: [1, 1, 1] },
    { count: 2, weights: [1, 1, 1], parts: [1, 1, 0] },
    { count: 0, weights: MLS_C01, parts: [0, 0, 0, 0] },
    { count: 5, weights: [0, 0], parts: [0, 0] },
  ])('$count by $weights gives $parts', ({ count, weights, parts }) => {
    expect(apportion(count, weights)).toEqual(parts);
  });
});

describe('domainQuotas', () => {
  test.each([
    {
      name: 'enough everywhere: the weighted shares',
      count: 65,
      available: [40, 40, 40, 40],
      drawn: [13, 16, 23, 13],
    },
    {
      name: 'Modeling short by 13: the other three take its rest by weight',
      count: 65,
      available: [40, 40, 10, 40],
      drawn: [17, 21, 10, 17],
    },
    {
      name: 'two domains short: the rest goes where there is room',
      count: 65,
      available: [5, 5, 100, 100],
      drawn: [5, 5, 35, 20],
    },
    {
      name: 'fewer questions than the exam: everything there is',
      count: 65,
      available: [3, 4, 5, 6],
      drawn: [3, 4, 5, 6],
    },
    {
      name: 'an empty domain gives all its share away',
      count: 20,
      available: [0, 50, 50, 50],
      drawn: [0, 6, 9, 5],
    },
  ])('$name', ({ count, available, drawn }) => {
    const quotas = domainQuotas(count, MLS_C01, available);
    expect(quotas.map((q) => q.drawn)).toEqual(drawn);
    expect(quotas.map((q) => q.wanted)).toEqual(apportion(count, MLS_C01));
    expect(quotas.reduce((sum, q) => sum + q.drawn, 0)).toBe(Math.min(count, available.reduce((a, b) => a + b, 0)));
    quotas.forEach((q, i) => expect(q.drawn).toBeLessThanOrEqual(available[i]!));
  });
});

describe('drawByDomain', () => {
  const items = Array.from({ length: 200 }, (_, i) => ({ id: i, domain: i % 5 === 4 ? null : i % 4 }));

  test('a 65-question exam over the four domains draws 13/16/23/13 and nothing outside them', () => {
    const { items: drawn, quotas } = drawByDomain(items, (item) => item.domain, MLS_C01, 65, 7);
    const perDomain = [0, 1, 2, 3].map((d) => drawn.filter((item) => item.domain === d).length);
    expect(perDomain).toEqual([13, 16, 23, 13]);
    expect(drawn.some((item) => item.domain === null)).toBe(false);
    expect(new Set(drawn.map((item) => item.id)).size).toBe(65);
    expect(quotas.map((q) => q.wanted)).toEqual([13, 16, 23, 13]);
  });

  test('the same seed draws the same exam, another seed another', () => {
    const pick = (seed: number) => drawByDomain(items, (item) => item.domain, MLS_C01, 65, seed).items.map((item) => item.id);
    expect(pick(3)).toEqual(pick(3));
    expect(pick(3)).not.toEqual(pick(4));
  });
});

/**
 * Draws an exam by the blueprint's domain weights, as the real exam does: each domain gets its share of
 * the questions (largest remainder, so the shares add up exactly), and a domain with fewer questions than
 * its share gives the rest to the others, in proportion to their weights, so the exam keeps its length.
 */
import { shuffle } from './random';

/** How many questions one domain was meant to get and how many it gets. */
export interface DomainQuota {
  /** What the weight asks for. */
  wanted: number;
  /** What the exam draws: fewer when the domain has too few, more when it takes another's share. */
  drawn: number;
  available: number;
}

/**
 * Splits `count` among weights in proportion (Hamilton's largest-remainder method): the parts add up to
 * `count` exactly, each within one of its exact share. Ties in the remainder go to the earlier weight.
 */
export function apportion(count: number, weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + Math.max(0, weight), 0);
  if (total <= 0 || count <= 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (count * Math.max(0, weight)) / total);
  const parts = exact.map(Math.floor);
  let left = count - parts.reduce((sum, part) => sum + part, 0);
  const byRemainder = exact.map((value, index) => ({ index, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}

/**
 * How many questions each domain gives an exam of `count`: its weighted share, capped by what it has; the
 * shortfall goes to the domains with questions to spare, by weight, until the exam is full or none has more.
 */
export function domainQuotas(count: number, weights: readonly number[], available: readonly number[]): DomainQuota[] {
  const wanted = apportion(count, weights);
  const drawn = wanted.map((want, i) => Math.min(want, available[i] ?? 0));
  let missing = count - drawn.reduce((sum, n) => sum + n, 0);
  while (missing > 0) {
    const spare = weights.map((weight, i) => ((available[i] ?? 0) > (drawn[i] ?? 0) ? weight : 0));
    if (spare.every((weight) => weight <= 0)) break;
    const extra = apportion(missing, spare);
    let added = 0;
    extra.forEach((more, i) => {
      const take = Math.min(more, (available[i] ?? 0) - (drawn[i] ?? 0));
      drawn[i] = (drawn[i] ?? 0) + take;
      added += take;
    });
    // A share too small to round up to one question still takes one, so the loop always moves.
    if (added === 0) {
      const first = spare.findIndex((weight) => weight > 0);
      drawn[first] = (drawn[first] ?? 0) + 1;
      added = 1;
    }
    missing -= added;
  }
  return wanted.map((want, i) => ({ wanted: want, drawn: drawn[i] ?? 0, available: available[i] ?? 0 }));
}

/**
 * Picks an exam of `count` from items grouped by domain (`domainIndex` gives each item's domain, null for
 * none: those are not drawn): a seeded shuffle within each domain, then each domain's quota.
 */
export function drawByDomain<T>(
  items: readonly T[],
  domainIndex: (item: T) => number | null,
  weights: readonly number[],
  count: number,
  seed: number,
): { items: T[]; quotas: DomainQuota[] } {
  const pools: T[][] = weights.map(() => []);
  for (const item of items) {
    const index = domainIndex(item);
    if (index !== null) pools[index]?.push(item);
  }
  const quotas = domainQuotas(count, weights, pools.map((pool) => pool.length));
  const drawn = pools.flatMap((pool, i) => shuffle(pool, seed + i).slice(0, quotas[i]?.drawn ?? 0));
  return { items: drawn, quotas };
}

/**
 * Groups an exam's results by tag under the first segment of each tag (`service/kms` under
 * `service`), so a results page with dozens of tags shows a handful of groups to open.
 */
import type { TagResult } from './results';

/** The tags of one group, weakest first, with the lowest percentage among them. */
export interface TagGroup {
  /** The tags' first segment; a tag without a `/` is a group of its own name. */
  name: string;
  rows: [tag: string, result: TagResult][];
  lowest: number;
}

/** The groups weakest first (by their lowest tag, then name); tags inside weakest first, then by name. */
export function groupTagResults(byTag: Readonly<Record<string, TagResult>>): TagGroup[] {
  const groups = new Map<string, [string, TagResult][]>();
  for (const [tag, result] of Object.entries(byTag)) {
    const name = tag.split('/')[0] || tag;
    groups.set(name, [...(groups.get(name) ?? []), [tag, result]]);
  }
  return [...groups]
    .map(([name, rows]) => ({ name, rows: weakestFirst(rows), lowest: Math.min(...rows.map(([, result]) => result.percentage)) }))
    .sort((a, b) => a.lowest - b.lowest || compare(a.name, b.name));
}

/** Tag rows weakest first, then by tag, so the gaps are read first (a sorted copy). */
export function weakestFirst(rows: readonly [string, TagResult][]): [string, TagResult][] {
  return [...rows].sort(([a, x], [b, y]) => x.percentage - y.percentage || compare(a, b));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

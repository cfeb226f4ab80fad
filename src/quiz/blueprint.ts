/**
 * An exam blueprint (the vault's `examflow.yaml`): the exam's shape and its domains, each a weight and the
 * tags that belong to it. This file holds the types and which domain a question belongs to; drawing by
 * weight is in blueprint-draw.ts, results by domain in blueprint-results.ts.
 */
import type { Diagnostic } from '../content/types.ts';
import { selectionTagMatches } from './selection.ts';

/** The exam the blueprint names: its length, time, pass mark and the scale scores are reported on. */
export interface BlueprintExam {
  name: string;
  questions: number;
  minutes: number;
  /** On the scale below, e.g. 750 of 100–1000. */
  passMark: number;
  scale: { min: number; max: number };
}

/** One domain of the exam: its share of the questions (percent) and the tags whose questions it holds. */
export interface BlueprintDomain {
  name: string;
  weight: number;
  /** A tag covers the tags nested under it, as on the tag pages (`service/*` only those nested). */
  tags: string[];
}

/** A validated blueprint. */
export interface Blueprint {
  exam: BlueprintExam;
  domains: BlueprintDomain[];
}

/**
 * The index of the domain a question with these tags belongs to, or null when none claims it: the domain
 * that claims most of its tags (a note tagged with a service and three modeling tags is a modeling
 * question), the first in the file's order on a tie, so every question counts once.
 */
export function domainOf(tags: readonly string[], domains: readonly Pick<BlueprintDomain, 'tags'>[]): number | null {
  let best: number | null = null;
  let most = 0;
  domains.forEach((domain, index) => {
    const claimed = tags.filter((tag) => domain.tags.some((wanted) => selectionTagMatches(wanted, tag))).length;
    if (claimed > most) {
      best = index;
      most = claimed;
    }
  });
  return best;
}

/** The score on the blueprint's scale for `correct` of `total`: linear from min (none right) to max (all right). */
export function scaledOn(scale: BlueprintExam['scale'], correct: number, total: number): number {
  if (total <= 0) return scale.min;
  const share = Math.min(1, Math.max(0, correct / total));
  return Math.round(scale.min + (scale.max - scale.min) * share);
}

/** A vault's blueprint as the build serves it: null after an error, with every problem found, by line. */
export interface VaultBlueprint {
  file: string;
  blueprint: Blueprint | null;
  diagnostics: Diagnostic[];
}

/** How many questions each domain holds (from the notes' tags and counts), and how many belong to none. */
export function domainAvailability(
  notes: readonly { tags: readonly string[]; questionCount: number }[],
  domains: readonly Pick<BlueprintDomain, 'tags'>[],
): { perDomain: number[]; outside: number } {
  const perDomain = domains.map(() => 0);
  let outside = 0;
  for (const note of notes) {
    if (note.questionCount === 0) continue;
    const index = domainOf(note.tags, domains);
    if (index === null) outside += note.questionCount;
    else perDomain[index] = (perDomain[index] ?? 0) + note.questionCount;
  }
  return { perDomain, outside };
}

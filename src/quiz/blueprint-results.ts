/**
 * Results by domain, as the real score report gives them: for each domain of the blueprint, how many of
 * its questions were right, and the questions that belong to no domain apart, so none goes uncounted.
 */
import { domainOf, type BlueprintDomain } from './blueprint';
import { percentage, type Outcome } from './results';
import { wrongQuestionIds } from './selection';
import type { QuizHistory } from './types';

/** One domain's line of the report. */
export interface DomainResult {
  /** The domain's name, or null for the questions no domain claims. */
  name: string | null;
  weight: number;
  correct: number;
  total: number;
  percentage: number;
}

/** Correct of total per domain, in the blueprint's order, then one line for questions of no domain (if any). */
export function resultsByDomain(outcomes: readonly Outcome[], domains: readonly BlueprintDomain[]): DomainResult[] {
  const counts = domains.map(() => ({ correct: 0, total: 0 }));
  const outside = { correct: 0, total: 0 };
  for (const outcome of outcomes) {
    const index = domainOf(outcome.tags, domains);
    const count = index === null ? outside : counts[index]!;
    count.total += 1;
    if (outcome.correct) count.correct += 1;
  }
  const lines = domains.map((domain, i): DomainResult => {
    const { correct, total } = counts[i]!;
    return { name: domain.name, weight: domain.weight, correct, total, percentage: percentage(correct, total) };
  });
  if (outside.total > 0) lines.push({ name: null, weight: 0, ...outside, percentage: percentage(outside.correct, outside.total) });
  return lines;
}

/**
 * One outcome per question answered at least once, by its latest answer (the questions Progress counts by
 * domain); `tagsOf` gives a question's tags now, undefined for a question the vault no longer asks.
 */
export function latestOutcomes(history: Pick<QuizHistory, 'attempts'>, tagsOf: (questionId: string) => readonly string[] | undefined): Outcome[] {
  const wrong = wrongQuestionIds(history);
  const outcomes: Outcome[] = [];
  for (const id of new Set(history.attempts.map((attempt) => attempt.questionId))) {
    const tags = tagsOf(id);
    if (tags !== undefined) outcomes.push({ tags, correct: !wrong.has(id) });
  }
  return outcomes;
}

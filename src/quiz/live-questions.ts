/**
 * The questions the vault asks now, from the index (ids only, no note bodies): every count and session
 * offers these and no other, so saved progress for a question that no longer exists is never counted.
 */
import type { NoteSummary } from '../content/note-summary';

/** Which questions exist and in which note each one is. */
export interface LiveQuestions {
  ids: ReadonlySet<string>;
  slugOf: ReadonlyMap<string, string>;
}

/** The live questions of a vault's summaries. */
export function liveQuestionsOf(summaries: readonly NoteSummary[]): LiveQuestions {
  const slugOf = new Map<string, string>();
  for (const summary of summaries) for (const id of summary.questionIds) slugOf.set(id, summary.slug);
  return { ids: new Set(slugOf.keys()), slugOf };
}

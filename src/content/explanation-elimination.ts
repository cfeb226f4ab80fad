/**
 * Explanations placed by elimination. Authors often retell an option in their own words as a bullet's label
 * ("**동시성 증가**" for "Increase Athena query concurrency limits"), which no letter or shared word ties to
 * the option. When exactly one labelled bullet named nothing and exactly one wrong option has no explanation,
 * the bullet is that option's, as a reader would conclude.
 */
import type { ExplanationsRead } from './explanations.ts';

// Labels that head a summary or the answer's reasoning, never a wrong option: "핵심", "정답 근거", "Key point".
const NOT_AN_OPTION = /^(?:핵심|정리|요약|결론|참고|주의|팁|정답|답|포인트|key|summary|note|tip|answer|correct|conclusion|why)/iu;

/** Moves the one unmatched labelled bullet onto the one unexplained wrong option, when both are alone. */
export function explainByElimination(into: ExplanationsRead, labels: readonly string[], answer: readonly string[]): void {
  if (answer.length === 0 || into.unmatched.length !== 1) return;
  const unexplained = labels.filter((label) => !answer.includes(label) && !into.byLabel.has(label));
  const index = into.unmatched[0]!;
  const text = into.notes[index];
  if (unexplained.length !== 1 || text === undefined || NOT_AN_OPTION.test(text.replace(/^[^\p{L}\p{N}]+/u, ''))) return;
  into.byLabel.set(unexplained[0]!, [text]);
  into.notes.splice(index, 1);
  into.unmatched = [];
  into.mapped += 1;
}

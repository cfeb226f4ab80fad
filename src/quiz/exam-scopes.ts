/** What an exam can be drawn from: the whole vault or one tag, each with how many questions it has. */
import type { NoteSummary } from '../content/note-summary';
import type { Selection } from './selection';
import { compareText } from '../content/text-order';

/** One choice of the exam's scope. */
export interface ExamScope {
  /** `all`, or the tag. */
  value: string;
  selection: Selection;
  questions: number;
}

/** The whole vault first, then every tag with questions, most questions first. */
export function examScopes(summaries: readonly NoteSummary[]): ExamScope[] {
  const byTag = new Map<string, number>();
  let total = 0;
  for (const note of summaries) {
    if (note.questionCount === 0) continue;
    total += note.questionCount;
    for (const tag of new Set(note.tags)) byTag.set(tag, (byTag.get(tag) ?? 0) + note.questionCount);
  }
  const tags = [...byTag].sort(([a, x], [b, y]) => y - x || compareText(a, b));
  return [
    { value: 'all', selection: { kind: 'all' }, questions: total },
    ...tags.map(([tag, questions]): ExamScope => ({ value: tag, selection: { kind: 'tag', tag }, questions })),
  ];
}

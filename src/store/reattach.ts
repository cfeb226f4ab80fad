/**
 * Re-attaching progress whose question ids no longer exist (the stem was edited, the note renamed or
 * moved, a same-named note appeared) to the question it was about. Pure: the app hands in what it saved
 * and the vault's questions; what cannot be matched with confidence is left where it is, never dropped.
 */
import type { VaultQuestion } from '../content/question-prints';
import { keySimilarity } from '../content/stem-key';
import { toKeyedRecord } from '../quiz/keyed-record';
import type { ProgressData, QuestionPrint } from './progress-schema';

/** How sure a match must be: a reworded stem with the same options scores about 0.9; another question under 0.6. */
export const MATCH_THRESHOLD = 0.8;
/** How far the best match must lead the second, unless the note decides between them. */
const MARGIN = 0.05;

/** What re-attachment did: the ids it moved (old -> new) and the ids it could not place. */
export interface Reattachment {
  data: ProgressData;
  moved: Map<string, string>;
  unresolved: string[];
}

/** Question ids that progress mentions: attempts, flags and exams. */
export function progressQuestionIds(data: Pick<ProgressData, 'attempts' | 'flags' | 'exams'>): Set<string> {
  const ids = new Set<string>();
  for (const attempt of data.attempts) ids.add(attempt.questionId);
  for (const id of Object.keys(data.flags)) ids.add(id);
  for (const exam of data.exams) for (const id of exam.questionIds) ids.add(id);
  return ids;
}

/** How alike a remembered question and a vault question are, 0..1: mostly the stem, then the options. */
export function matchScore(old: QuestionPrint, candidate: QuestionPrint): number {
  const stem = keySimilarity(old.stem, candidate.stem);
  if (old.options.length === 0 || candidate.options.length === 0) return stem;
  const options = old.options.reduce((sum, text) => sum + Math.max(...candidate.options.map((other) => keySimilarity(text, other))), 0) / old.options.length;
  return 0.75 * stem + 0.25 * options;
}

/** Finds where an orphaned id belongs: a former id first, then the best stem-and-options match above the threshold. */
export function findHome(id: string, print: QuestionPrint | undefined, questions: readonly VaultQuestion[]): string | null {
  const former = questions.filter((question) => question.formerIds.includes(id));
  if (former.length === 1) return former[0]!.id;
  if (print === undefined) return null;
  const ranked = questions.map((question) => ({ question, score: matchScore(print, question) })).sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (best === undefined || best.score < MATCH_THRESHOLD) return null;
  const close = ranked.filter((entry) => best.score - entry.score < MARGIN);
  if (close.length === 1) return best.question.id;
  // The same question asked in two notes: the one in the note it was answered in, if that note still is one.
  const own = close.filter((entry) => entry.question.slug === print.slug);
  return own.length === 1 ? own[0]!.question.id : null;
}

/** Moves the progress of ids missing from the vault onto the questions they match; keeps what matches nothing. */
export function reattachProgress(data: ProgressData, questions: readonly VaultQuestion[]): Reattachment {
  const live = new Map(questions.map((question) => [question.id, question]));
  const moved = new Map<string, string>();
  const unresolved: string[] = [];
  for (const id of progressQuestionIds(data)) {
    if (live.has(id)) continue;
    const home = findHome(id, data.prints[id], questions);
    if (home === null) unresolved.push(id);
    else moved.set(id, home);
  }
  if (moved.size === 0) return { data: followNotes(data, new Map(questions.map((q) => [q.id, q.slug]))), moved, unresolved };
  const to = (id: string) => moved.get(id) ?? id;
  const flags = toKeyedRecord(data.flags);
  const prints = toKeyedRecord(data.prints);
  for (const [from, target] of moved) {
    const mark = flags[from];
    delete flags[from];
    // Two marks for one question: the later toggle wins, as it does between tabs.
    if (mark !== undefined && (flags[target] === undefined || flags[target].at < mark.at)) flags[target] = mark;
    delete prints[from];
    const question = live.get(target);
    if (question !== undefined) prints[target] = { slug: question.slug, stem: question.stem, options: question.options };
  }
  const slugOf = new Map(questions.map((question) => [question.id, question.slug]));
  return {
    data: followNotes({
      ...data,
      attempts: data.attempts.map((attempt) => (moved.has(attempt.questionId) ? { ...attempt, questionId: to(attempt.questionId) } : attempt)),
      exams: data.exams.map((exam) => (exam.questionIds.some((id) => moved.has(id)) ? { ...exam, questionIds: exam.questionIds.map(to) } : exam)),
      flags,
      prints,
    }, slugOf),
    moved,
    unresolved,
  };
}

/**
 * Points each attempt at the note that holds its question now (a renamed or moved note keeps its question
 * ids but not its slug); returns the same object when nothing changed, so the store writes nothing.
 */
export function followNotes(data: ProgressData, slugOf: ReadonlyMap<string, string>): ProgressData {
  const stale = (attempt: ProgressData['attempts'][number]) => {
    const slug = slugOf.get(attempt.questionId);
    return slug !== undefined && slug !== attempt.noteSlug;
  };
  if (!data.attempts.some(stale)) return data;
  return { ...data, attempts: data.attempts.map((attempt) => (stale(attempt) ? { ...attempt, noteSlug: slugOf.get(attempt.questionId)! } : attempt)) };
}

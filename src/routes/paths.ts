import { encodeTagPath } from '../content/tag-url.ts';

/**
 * The practice selections a link can ask for (see quiz/selection for how they are resolved); an ids
 * list may say where it came from (Review's due questions, a summary's "try again"), which the session
 * keeps: it names the list and records Review's answers as reviews.
 */
export type PracticeQuery =
  | { note: string }
  | { tag: string }
  | { mode: 'all' | 'wrong' | 'flagged' | 'due' }
  | { ids: readonly string[]; from?: ListOrigin };

/** Where a list of ids came from, as its link says (`from=`). */
export type ListOrigin = 'review' | 'retry';


/** Every link of the app, built in one place so a route is renamed once. */
export const paths = {
  home: () => '/',
  notes: () => '/notes',
  /** A note; `list` names the list it was opened from (see store/reading-list), for previous and next. */
  note: (slug: string, list?: string | null) => `/notes/${encodeURIComponent(slug)}${list ? `?${new URLSearchParams({ in: list })}` : ''}`,
  tags: () => '/tags',
  tag: (tag: string) => `/tags/${encodeTagPath(tag)}`,
  /** A note's practice has a page of its own, pre-rendered with its first question; other selections are queries. */
  practice: (query: PracticeQuery) => 'note' in query
    ? `/practice/${encodeURIComponent(query.note)}`
    : `/practice?${new URLSearchParams('ids' in query ? { ids: query.ids.join(','), ...(query.from ? { from: query.from } : {}) } : query)}`,
  exam: () => '/exam',
  /** The list of finished exams, on the exam page. */
  pastExams: () => '/exam#past-exams',
  examResults: (id: string) => `/exam/results/${encodeURIComponent(id)}`,
  review: () => '/review',
  progress: () => '/progress',
  settings: () => '/settings',
} as const;

import type { Note } from '../content/types';
import { inlineText } from '../search/markdown-text';

const MAX = 160;

/** A note's meta description: its tags and first question, cut to what search results show. */
export function noteDescription(note: Pick<Note, 'blocks' | 'questions' | 'tags'>): string {
  const first = inlineText(note.questions[0]?.stem ?? '');
  const text = [note.tags.length ? `${note.tags.join(', ')}.` : '', first].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text || 'An exam note with questions to practise.';
}

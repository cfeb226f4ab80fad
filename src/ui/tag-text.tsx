import type { ReactNode } from 'react';

/**
 * A tag as text. Tags are data a note's author wrote: `<bdi>` isolates their direction, so a right-to-left
 * override inside one cannot reorder the words around it, and a long tag wraps anywhere and is clamped to a
 * few lines (the full tag stays in the text for screen readers and copying).
 */
export function TagText({ tag }: { tag: string }) {
  return <bdi className="tag-text">{tag}</bdi>;
}

/** Where a message puts its tag: `t('tagTitle', { tag: TAG_SLOT })`, then {@link withTagText} fills it. */
export const TAG_SLOT = '\uE000';

/** A translated message whose `{tag}` was filled with TAG_SLOT, with the tag drawn as {@link TagText}. */
export function withTagText(message: string, tag: string): ReactNode {
  const [before = '', ...after] = message.split(TAG_SLOT);
  return after.length === 0 ? message : <>{before}<TagText tag={tag} />{after.join(tag)}</>;
}

import { useEffect, useRef, type RefObject } from 'react';

/**
 * Moves focus to the question heading inside `container` whenever `index` changes, so keyboard and
 * screen-reader users start at the new question. On first show it only takes focus that was lost
 * (the loading page it replaced had it), never focus the reader put somewhere on purpose. Nothing moves
 * while `live` is false (an inert preview of the question); its first live show counts as the first show.
 */
export function useQuestionFocus(container: RefObject<HTMLElement | null>, index: number, live = true) {
  const first = useRef(true);
  useEffect(() => {
    if (!live) return;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (first.current && !lost) {
      first.current = false;
      return;
    }
    first.current = false;
    container.current?.querySelector<HTMLElement>('.quiz-question-heading')?.focus();
  }, [container, index, live]);
}

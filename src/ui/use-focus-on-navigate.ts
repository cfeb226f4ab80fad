import { useEffect, useRef } from 'react';
import { afterNextFrame } from './next-task';

/**
 * After a route change, moves focus to the new page's first heading (inside `containerId`) so keyboard
 * and screen-reader users start at the top of what changed; a link to a `#part` of a page moves it to
 * that part (its first heading) instead. The first render keeps the browser's focus. The move waits for
 * the browser's next frame: focusing needs the page's layout, and in the commit that laid the whole new
 * page out inside the app's own task (half of it for a 20 MB note's ~5,000 blocks), where the frame lays it
 * out anyway, in a task of its own.
 */
export function useFocusOnNavigate(path: string, containerId: string, hash = ''): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const move = () => {
      const part = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
      const heading = part ? part.querySelector<HTMLElement>('h1, h2, h3') : document.querySelector<HTMLElement>(`#${containerId} h1`);
      const target = heading ?? part ?? document.getElementById(containerId);
      if (!target) return;
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: false });
    };
    return afterNextFrame(move);
  }, [path, hash, containerId]);
}

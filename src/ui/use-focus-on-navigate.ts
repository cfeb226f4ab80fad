import { useEffect, useRef } from 'react';

/**
 * After a route change, moves focus to the new page's first heading (inside `containerId`) so keyboard
 * and screen-reader users start at the top of what changed; a link to a `#part` of a page moves it to
 * that part (its first heading) instead. The first render keeps the browser's focus.
 */
export function useFocusOnNavigate(path: string, containerId: string, hash = ''): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const part = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    const heading = part ? part.querySelector<HTMLElement>('h1, h2, h3') : document.querySelector<HTMLElement>(`#${containerId} h1`);
    const target = heading ?? part ?? document.getElementById(containerId);
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: false });
  }, [path, hash, containerId]);
}

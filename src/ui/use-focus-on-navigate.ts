import { useEffect, useRef } from 'react';

/**
 * After a route change, moves focus to the new page's first heading (inside `containerId`) so keyboard
 * and screen-reader users start at the top of what changed. The first render keeps the browser's focus.
 */
export function useFocusOnNavigate(key: string, containerId: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>(`#${containerId} h1`);
    const target = heading ?? document.getElementById(containerId);
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: false });
  }, [key, containerId]);
}

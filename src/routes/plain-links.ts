import { useCallback, type MouseEvent } from 'react';
import { useHref, useNavigate } from 'react-router';
import { paths } from './paths';

/** What of a click decides whether the app or the browser follows a link. */
export interface LinkClick {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}

/**
 * Whether the app follows a click on `link` itself (a plain left click on a link that opens here), as a router
 * link would; any other (a new tab or window, a download, a modified click) is left to the browser.
 */
export function followsInApp(click: LinkClick, link: { target: string; hasAttribute: (name: string) => boolean }): boolean {
  if (click.defaultPrevented || click.button !== 0) return false;
  if (click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return false;
  return (link.target === '' || link.target === '_self') && !link.hasAttribute('download');
}

/** What {@link usePlainLinks} gives a list: the href of an app path, and the one click handler of the list. */
export interface PlainLinks {
  href: (to: string) => string;
  onClick: (event: MouseEvent<HTMLElement>) => void;
}

/**
 * Links of a long list as plain `<a href>` elements followed by one click handler on the list, in place of a
 * router link each: a router link is a component with its own hooks, and a tag of a hundred notes hydrated a
 * hundred of them in the page's first task. `href` adds the site's base path, as a router link's href would;
 * `onFollow` runs before a click the app follows (it gets the link).
 */
export function usePlainLinks(onFollow?: (link: HTMLAnchorElement) => void): PlainLinks {
  const navigate = useNavigate();
  const base = useHref(paths.home()).replace(/\/$/, '');
  const href = useCallback((to: string) => `${base}${to}`, [base]);
  const onClick = useCallback((event: MouseEvent<HTMLElement>) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const to = link?.getAttribute('href');
    if (!link || !to?.startsWith(`${base}/`) || !event.currentTarget.contains(link) || !followsInApp(event, link)) return;
    event.preventDefault();
    onFollow?.(link);
    navigate(to.slice(base.length));
  }, [base, navigate, onFollow]);
  return { href, onClick };
}

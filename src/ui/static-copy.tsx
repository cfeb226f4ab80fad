import { createContext, useContext, type ButtonHTMLAttributes } from 'react';

/**
 * True inside a static copy: HTML the pre-render draws that the app never hydrates, but replaces with the live
 * component as it comes near the view (HydrateWhenNear, a long note's later diagrams and questions).
 */
export const StaticCopy = createContext(false);

/**
 * A button; in a static copy only its place: the same box with the same text, seen and heard by no one, so
 * nothing moves when the live component draws the button there. A page holds no control that cannot work
 * before its app does (Chromium's autofill looks at every button of a page at DOMContentLoaded, ~5,000 of them
 * in a 20 MB note's diagrams). Without scripts no live one comes, and CSS takes the place away too.
 */
export function LiveButton(props: ButtonHTMLAttributes<HTMLButtonElement>) {
  if (!useContext(StaticCopy)) return <button {...props} />;
  return (
    <span className={[props.className, 'button-place'].filter(Boolean).join(' ')} aria-hidden="true">
      {props.children}
    </span>
  );
}

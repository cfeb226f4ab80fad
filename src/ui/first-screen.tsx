/** The class of the marks that end a page's first screen (see FirstScreenEnd). */
export const FIRST_SCREEN_END = 'first-screen-end';

/**
 * Marks the end of a page's first screen in its HTML. A browser may paint a page it has parsed only in part
 * (on a busy phone, or when the HTML arrives in pieces), and what it painted then moves as the rest comes: a
 * row centred on a taller sibling still to come, an option's radio centred on text still to come. So <main>
 * stays unseen until a mark is parsed (watchFirstScreen, app-layout.css): the layout puts one at its end, and a
 * long note one at the end of its first part, so that a page of megabytes still shows once its first screen has come.
 */
export function FirstScreenEnd() {
  return <span className={FIRST_SCREEN_END} hidden />;
}

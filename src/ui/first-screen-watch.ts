/** The mark on <html> that keeps <main> unseen (app-layout.css) while watchFirstScreen waits. */
export const FIRST_SCREEN_PENDING = 'firstScreenPending';

/**
 * The mark on <html> that keeps the header unseen (app-layout.css) until it has been parsed whole, which
 * HEADER_END's arrival tells: a browser that painted half a header (on a busy machine the parser stops where its
 * time runs out) showed the search button at the row's end, where the navigation still to come pushed it from.
 */
export const HEADER_PENDING = 'headerPending';

/** The class of <main> (app-layout.tsx), which follows the header: once it is in the page, the header is whole. */
export const HEADER_END = 'app-main';

/**
 * Keeps part of a page unseen until it has been parsed (<main> until its first screen, the header until <main>
 * begins): marks <html> (`pending`, a dataset key)
 * and takes the mark away as soon as an element of class `mark` is in the page (see FirstScreenEnd), or once the
 * whole HTML is parsed, whichever comes first: a page without a mark, or one whose mark never comes, still shows.
 * It watches the elements the parser (or the app) adds, never the page's style: a selector that looked for the
 * mark (`:has()`) made Chromium check it again across the whole page as a long note arrived (two style
 * recalculations of 170-234 ms on a phone at 20 MB). Self-contained: the first-paint script inlines its source.
 */
export function watchFirstScreen(doc: Document, mark: string, pending: string): void {
  // Run after the HTML was parsed, nothing would ever take the mark away.
  if (doc.readyState !== 'loading') return;
  const root = doc.documentElement;
  const found = (node: Node) => node.nodeType === 1 && ((node as Element).classList.contains(mark) || (node as Element).getElementsByClassName(mark).length > 0);
  const observer = new MutationObserver((records) => {
    if (records.some((record) => Array.prototype.some.call(record.addedNodes, found))) done();
  });
  const done = () => {
    observer.disconnect();
    delete root.dataset[pending];
  };
  observer.observe(root, { childList: true, subtree: true });
  root.dataset[pending] = '';
  doc.addEventListener('DOMContentLoaded', done);
}

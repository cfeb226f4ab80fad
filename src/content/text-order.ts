/**
 * The one order titles, names and tags are listed in, the same wherever it runs. A page is pre-rendered at build time
 * in Node, whose default locale follows the build machine's LANG, and hydrated in the reader's browser, whose default
 * locale is the reader's: a list sorted by either default (`localeCompare()`, `new Intl.Collator()`) came out in
 * another order there. A Korean browser's collation puts Hangul before Latin, so the list of all notes and the tags
 * page were drawn again on hydration (React error 418) for every Korean reader, and two build machines made two sites.
 * One fixed collation instead: English's, the language pages are pre-rendered in, with numbers by value ("Week 9"
 * before "Week 10"), and strings it holds equal ordered by their code units, so the order never depends on input order.
 */

// Made on first use: a collator looks up its locale's rules once, localeCompare on every call.
let collator: Intl.Collator | null = null;

/** Compares two titles, names or tags in the one listing order (for Array.prototype.sort). */
export function compareText(a: string, b: string): number {
  collator ??= new Intl.Collator('en', { numeric: true });
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

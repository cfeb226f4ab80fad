import { Link } from 'react-router';

// Stands in for the count while the label is translated, so the count can sit in a slot of its own.
const SLOT = '\u0000';
// The widest count the slot keeps room for without moving what follows (tabular digits are all one width).
const ROOM = '00';
// Shown for the count until it is known: a dash as wide as a digit (U+2012 FIGURE DASH), so the ")" after it does
// not move when the count arrives, as the page hydrates. Screen readers hear "…" instead.
const PENDING = '\u2012';

/** Props of {@link CountedLink}. */
export interface CountedLinkProps {
  to: string;
  /** The translated label with `count` in it. */
  label: (count: string | number) => string;
  /** Null while the saved progress loads. */
  count: number | null;
  /**
   * The count is the one a reader with nothing saved has (the pre-render's, before the page has read the
   * reader's progress): a reader with saved progress sees the dash in its place until theirs is counted.
   */
  assumesNothingSaved?: boolean;
}

/**
 * A link whose label holds a count ("Due for review today (3)"). While the count loads the link keeps its
 * place, and the count fills a slot of fixed width, so nothing beside it moves when it arrives; the count sits
 * against its parentheses ("(0)"), the slot's spare room after them. A count that assumes nothing is saved is
 * shown as it is, except under the saved-progress mark of the first paint (src/app/first-paint.ts), which puts
 * the dash over it (retry-links.css) until the page has read the reader's own.
 */
export function CountedLink({ to, label, count, assumesNothingSaved = false }: CountedLinkProps) {
  const shown = count ?? PENDING;
  const [before = '', after = ''] = label(SLOT).split(SLOT);
  // The count never wraps apart from the words that hug it ("wrong (" and ")"): on a phone the line breaks
  // at a space before them, not between "(" and the count.
  const lead = before.length - (before.match(/\S*$/)?.[0].length ?? 0);
  const trail = after.match(/^\S*/)?.[0].length ?? 0;
  // The slot is an inline block, which screen readers would set apart with spaces: the name is the plain text.
  // One wrapping span, because .btn is a flex box: bare text, slot and ")" would each be a flex item, spaced by
  // its gap ("flagged (  0  )") and wrapped apart on a phone.
  // The slot holds the count with the characters after it (")") and keeps the room of a two-digit count there,
  // after them: "(0)" reads tight against its parentheses, and the words after the slot never move.
  const hug = after.slice(0, trail);
  return (
    <Link className="btn retry-link" to={to} aria-label={label(count ?? '…')}>
      <span>
        {before.slice(0, lead)}
        <span className="retry-count-group">{before.slice(lead)}<span className="retry-count" data-room={`${ROOM}${hug}`} data-pending-if-saved={assumesNothingSaved ? `${PENDING}${hug}` : undefined}><span>{shown}{hug}</span></span></span>
        {after.slice(trail)}
      </span>
    </Link>
  );
}

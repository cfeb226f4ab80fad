import { Link } from 'react-router';

// Stands in for the count while the label is translated, so the count can sit in a slot of its own.
const SLOT = '\u0000';

/** Props of {@link CountedLink}. */
export interface CountedLinkProps {
  to: string;
  /** The translated label with `count` in it. */
  label: (count: string | number) => string;
  /** Null while the saved progress loads. */
  count: number | null;
}

/**
 * A link whose label holds a count ("Due for review today (3)"). While the count loads the link keeps its
 * place, and the count fills a slot of fixed width, so nothing beside it moves when it arrives.
 */
export function CountedLink({ to, label, count }: CountedLinkProps) {
  const shown = count ?? '…';
  const [before = '', after = ''] = label(SLOT).split(SLOT);
  // The count never wraps apart from the words that hug it ("wrong (" and ")"): on a phone the line breaks
  // at a space before them, not between "(" and the count.
  const lead = before.length - (before.match(/\S*$/)?.[0].length ?? 0);
  const trail = after.match(/^\S*/)?.[0].length ?? 0;
  // The slot is an inline block, which screen readers would set apart with spaces: the name is the plain text.
  // One wrapping span, because .btn is a flex box: bare text, slot and ")" would each be a flex item, spaced by
  // its gap ("flagged (  0  )") and wrapped apart on a phone.
  return (
    <Link className="btn retry-link" to={to} aria-label={label(shown)}>
      <span>
        {before.slice(0, lead)}
        <span className="retry-count-group">{before.slice(lead)}<span className="retry-count">{shown}</span>{after.slice(0, trail)}</span>
        {after.slice(trail)}
      </span>
    </Link>
  );
}

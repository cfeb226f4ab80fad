import { Fragment } from 'react';

/** Props of {@link HighlightedText}: the text and the `[start, end)` ranges to mark. */
export interface HighlightedTextProps {
  text: string;
  highlights: readonly (readonly [number, number])[];
}

/** Draws text with the given ranges wrapped in `<mark>`; ranges must be sorted and disjoint. */
export function HighlightedText({ text, highlights }: HighlightedTextProps) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of highlights) {
    if (start < at || end > text.length || start >= end) continue;
    if (start > at) parts.push(<Fragment key={`t${at}`}>{text.slice(at, start)}</Fragment>);
    parts.push(<mark key={`m${start}`}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(<Fragment key={`t${at}`}>{text.slice(at)}</Fragment>);
  return <>{parts}</>;
}

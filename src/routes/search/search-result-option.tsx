import { searchDialogMessages } from '../../i18n/messages/search-dialog';
import { useT } from '../../i18n/use-t';
import { HighlightedText } from './highlighted-text';
import type { SearchResult } from '../../search/search-notes';

/** Props of {@link SearchResultOption}. */
export interface SearchResultOptionProps {
  id: string;
  result: SearchResult;
  active: boolean;
  onPoint: () => void;
  onOpen: () => void;
}

/** One result in the search listbox: the title and excerpt with matches marked, then the tags. */
export function SearchResultOption({ id, result, active, onPoint, onOpen }: SearchResultOptionProps) {
  const t = useT(searchDialogMessages);
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className="search-result"
      // Keep focus in the input, so the keyboard still drives the list after a click.
      onMouseDown={(event) => event.preventDefault()}
      onMouseMove={() => !active && onPoint()}
      onClick={onOpen}
    >
      <span className="search-result-title">
        <HighlightedText text={result.title} highlights={result.titleHighlights} />
      </span>
      {result.snippet.text && (
        <span className="search-result-snippet">
          <HighlightedText text={result.snippet.text} highlights={result.snippet.highlights} />
        </span>
      )}
      {result.tags.length > 0 && (
        <span className="search-result-tags">{t('tags', { tags: result.tags.join(', ') })}</span>
      )}
    </li>
  );
}

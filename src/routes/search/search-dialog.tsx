import { useDeferredValue, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useNavigate } from 'react-router';
import { searchDialogMessages } from '../../i18n/messages/search-dialog';
import { useT, type Translate } from '../../i18n/use-t';
import { paths } from '../paths';
import { trapFocus } from './focus-trap';
import type { SearchResult } from '../../search/search-notes';
import { saveReadingList, searchListKey } from '../../store/reading-list';
import { SearchResultOption } from './search-result-option';
import { useSearchIndex, type SearchIndexState } from './use-search-index';
import { useSearchResults } from './use-search-results';
import './search-dialog.css';

/** Results shown at once; more would only scroll past what a reader scans. */
export const RESULT_LIMIT = 20;

/** Props of {@link SearchDialog}. */
export interface SearchDialogProps {
  /** Asks to close; `restoreFocus` is false after a note was opened, since the new page takes focus. */
  onClose: (restoreFocus: boolean) => void;
}

/** The search modal: a combobox whose listbox shows matching notes with highlighted excerpts. */
export function SearchDialog({ onClose }: SearchDialogProps) {
  const t = useT(searchDialogMessages);
  const navigate = useNavigate();
  const { state, retry } = useSearchIndex();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  // The cursor belongs to one query: typing further puts it back on the first result.
  const [cursor, setCursor] = useState({ query: '', index: 0 });
  // "Show all" belongs to one query too: a new query starts again from the first results.
  const [allFor, setAllFor] = useState<string | null>(null);
  const showAll = allFor !== null && allFor === deferredQuery;
  const dialogRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const listId = `${id}-results`;
  const optionId = (i: number) => `${id}-option-${i}`;

  const answer = useSearchResults(state, deferredQuery, showAll ? Infinity : RESULT_LIMIT + 1);
  const results = answer.results;
  const shown = showAll ? results : results.slice(0, RESULT_LIMIT);
  const more = !showAll && results.length > RESULT_LIMIT;
  const active = shown.length === 0 ? -1 : cursor.query === deferredQuery ? Math.min(cursor.index, shown.length - 1) : 0;

  useEffect(() => inputRef.current?.focus(), []);
  useEffect(() => {
    if (active >= 0) document.getElementById(`${id}-option-${active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active, id]);

  const open = (result: SearchResult) => {
    // The results shown become the list the note page walks with "previous" and "next".
    const list = searchListKey(deferredQuery);
    saveReadingList({ key: list, notes: shown.map(({ slug, title }) => ({ slug, title })) });
    onClose(false);
    void navigate(paths.note(result.slug, list));
  };

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (shown.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setCursor({ query: deferredQuery, index: (active + step + shown.length) % shown.length });
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      const result = shown[active];
      if (!result) return;
      event.preventDefault();
      open(result);
    }
  };

  const onDialogKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose(true);
    } else {
      trapFocus(event, dialogRef.current);
    }
  };

  const expanded = shown.length > 0;
  return createPortal(
    <div className="search-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose(true)}>
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-label={t('dialogLabel')}
        className="search-dialog"
        onKeyDown={onDialogKeyDown}
      >
        <div className="search-field">
          <input
            ref={inputRef}
            type="text"
            role="combobox"
            aria-label={t('inputLabel')}
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={expanded ? listId : undefined}
            aria-activedescendant={active >= 0 ? optionId(active) : undefined}
            placeholder={t('placeholder')}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="go"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onInputKeyDown}
          />
          <button type="button" className="btn btn-small" aria-label={t('close')} onClick={() => onClose(true)}>
            <span aria-hidden="true">✕</span>
          </button>
        </div>
        <p role="status" className="search-status">
          {answer.failed === undefined ? statusText(t, state, answer.query, results.length, showAll) : t('searchFailed', { reason: answer.failed })}
        </p>
        {(state.status === 'error' || answer.failed !== undefined) && (
          <button type="button" className="btn" onClick={retry}>{t('retry')}</button>
        )}
        {expanded && (
          <ul role="listbox" id={listId} aria-label={t('resultsLabel')} className="search-results">
            {shown.map((result, i) => (
              <SearchResultOption
                key={result.slug}
                id={optionId(i)}
                result={result}
                active={i === active}
                onPoint={() => setCursor({ query: deferredQuery, index: i })}
                onOpen={() => open(result)}
              />
            ))}
          </ul>
        )}
        {more && (
          <button type="button" className="btn search-show-all" onClick={() => { setAllFor(deferredQuery); inputRef.current?.focus(); }}>
            {t('showAll')}
          </button>
        )}
        <p className="search-hint" aria-hidden="true">{t('hint')}</p>
      </div>
    </div>,
    document.body,
  );
}

function statusText(t: Translate<keyof typeof searchDialogMessages.en>, state: SearchIndexState, query: string, found: number, all: boolean): string {
  if (state.status === 'loading') return t('loading');
  if (state.status === 'error') return t('loadFailed', { reason: state.reason });
  if (!query.trim()) return '';
  // The quotes go with the query, so the Korean particle after them fits the query ("“과적합을 줄이려면”과").
  if (found === 0) return t('noResults', { query: `“${query.trim()}”` });
  if (!all && found > RESULT_LIMIT) return t('moreResults', { count: RESULT_LIMIT });
  return found === 1 ? t('resultOne') : t('resultMany', { count: found });
}

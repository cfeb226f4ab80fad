import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { searchMessages } from '../../i18n/messages/search';
import { useT } from '../../i18n/use-t';
import { SEARCH_LAUNCHER_CLASS, takeEarlySearch } from '../../search/early-search';
import { isSearchShortcut } from '../../search/shortcut';

// The dialog, MiniSearch and the index's loader load on first use, keeping them out of every page's first scripts.
const loadDialog = () => import('./search-dialog');
// A loader that failed to arrive (offline) is no error here: the dialog imports it too, and says what went wrong.
const loadIndex = () => import('../../search/load-index').then((m) => m.loadSearchIndex(), () => undefined);
const SearchDialog = lazy(() => loadDialog().then((m) => ({ default: m.SearchDialog })));

/** The header's search button, plus the `/` and Ctrl-K shortcut that opens search from any page. */
export function SearchLauncher() {
  const t = useT(searchMessages);
  const [open, setOpen] = useState(false);
  const [dialogLoaded, setDialogLoaded] = useState(false);
  const returnTo = useRef<HTMLElement | null>(null);

  // Start fetching the dialog and the index when the reader reaches for the button, and at the latest
  // when search opens (the shortcut, a tap): the index then loads beside the dialog, not after it.
  const prefetch = useCallback(() => {
    void loadDialog().then(() => setDialogLoaded(true));
    void loadIndex();
  }, []);

  const show = useCallback(() => {
    prefetch();
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  }, [prefetch]);

  const close = useCallback((restoreFocus: boolean) => {
    setOpen(false);
    if (restoreFocus) returnTo.current?.focus();
  }, []);

  // A shortcut or click the pre-rendered page got before the app ran (src/search/early-search.ts) opens search now;
  // this runs before the handler below listens, so one request never opens it twice.
  useEffect(() => {
    if (takeEarlySearch()) show();
  }, [show]);

  useEffect(() => {
    if (open) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isSearchShortcut(event)) return;
      event.preventDefault();
      show();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open, show]);

  return (
    <>
      <button
        type="button"
        className={`btn btn-small ${SEARCH_LAUNCHER_CLASS}`}
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K"
        aria-label={t('openSearchLabel')}
        // Search asked for while its dialog's code is on its way: the press was heard.
        aria-busy={(open && !dialogLoaded) || undefined}
        onClick={show}
        onPointerEnter={prefetch}
        onFocus={prefetch}
      >
        <span aria-hidden="true" className="search-launcher-icon">⌕</span>
        <span className="search-launcher-text" aria-hidden="true">{t('openSearch')}</span>
        <kbd aria-hidden="true" className="search-launcher-key">/</kbd>
      </button>
      {open && (
        <Suspense fallback={null}>
          <SearchDialog onClose={close} />
        </Suspense>
      )}
    </>
  );
}

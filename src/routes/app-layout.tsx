import { lazy, Suspense, useEffect, useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { appMessages } from '../i18n/messages/app';
import { useLanguage, useT } from '../i18n/use-t';
import { UpdatePrompt } from '../pwa/update-prompt';
import { SearchLauncher } from './search/search-launcher';
import { hasSavedProgress } from '../store/progress-key';
import { useProgressSaved, useProgressStoreInUse } from '../store/use-progress-saved';
import { useSettings } from '../store/settings';
import { salvageSettings } from '../store/settings-schema';
import { clearEarlyBusy, hasEarlyBusy } from '../early/early-busy';
import { EARLY_PRESS_ATTRIBUTE, takeEarlyPresses } from '../ui/early-presses';
import { RemoteImagesContext, type RemoteImagesSource } from '../ui/remote-images';
import { useApplyTheme } from '../ui/use-apply-theme';
import { resolveTheme } from '../ui/resolve-theme';
import { useDisclosure } from '../ui/use-disclosure';
import { FirstScreenEnd } from '../ui/first-screen';
import { useFocusOnNavigate } from '../ui/use-focus-on-navigate';
import { RevealWhenTranslated } from '../ui/reveal-when-translated';
import { useSystemDark } from '../ui/use-system-dark';
import { paths } from './paths';
import { StatusProvider } from './status/status-provider';
import { ThemeToggle } from './theme-toggle';
import { BRAND_ICON } from '../ui/brand-icon';

// The progress store (and its schemas) loads after the first paint, and only once a page uses it or
// progress is saved: a first visit that saves nothing never loads it.
const StorageNotice = lazy(() => import('./storage-notice'));
// The due count needs the schedule (ts-fsrs) and the note index: only people with saved progress load them.
const DueBadge = lazy(() => import('./review/due-badge'));

const currentLanguage = () => useSettings.getState().language;

/** The reader's remote-image choice as RichText reads it (the saved settings are read when the store starts). */
const remoteImagesSource: RemoteImagesSource = {
  subscribe: (listener) => useSettings.subscribe(listener),
  get: () => useSettings.getState().remoteImages,
};

/** The frame of every page: skip link, header with navigation and language switch, main, footer. */
export function AppLayout() {
  const t = useT(appMessages);
  // Only what the frame shows: the whole state is a new object once the saved settings are read, at every start,
  // and reading it re-rendered the frame (header, links) in the synchronous task after hydration.
  const theme = useSettings((state) => state.theme);
  const update = useSettings((state) => state.update);
  const chosenLanguage = useSettings((state) => state.language);
  // The language the page is drawn in, which a Korean reader's settings reach once the Korean pack is here.
  const language = useLanguage();
  const [tookEarly, setTookEarly] = useState(false);
  const location = useLocation();
  useApplyTheme(theme, language);
  useFocusOnNavigate(location.pathname, 'main', location.hash);
  const menu = useDisclosure(`${location.pathname}${location.search}${location.hash}`);
  const setMenu = menu.set;
  useEffect(() => {
    // What the reader pressed before the app ran (the page's inline listener answered it and stops now): the
    // theme it shows and the menu's state carry over, and every setting chosen (the language too) is applied.
    const early = takeEarlyPresses();
    // Only where a press was marked (the frame is not drawn again after hydration for nothing).
    if (hasEarlyBusy()) setTookEarly(true);
    if (!early) return;
    const { settings: chosenEarly, menuOpen } = early;
    const settings = useSettings.getState();
    // A choice the settings would refuse (a page's stale markup) is dropped; the others are kept.
    if (Object.keys(chosenEarly).length > 0) update(salvageSettings({ ...settings, ...chosenEarly }, settings));
    if (menuOpen !== undefined) setMenu(menuOpen);
  }, [update, setMenu]);
  // The presses heard before the app ran were marked busy; once taken, the page has been drawn with their answers,
  // in the language chosen (the Korean pack may come after the app), and the marks go.
  useEffect(() => {
    if (tookEarly && chosenLanguage === language) clearEarlyBusy();
  }, [tookEarly, chosenLanguage, language]);
  useEffect(() => {
    // After the first paint: progress saved under ids an edit changed finds its questions again. With nothing
    // saved there is nothing to mend, and the note index it needs is not fetched.
    if (!hasSavedProgress()) return;
    void import('./reattach-saved-progress').then((module) => module.reattachSavedProgress());
  }, []);
  const dark = resolveTheme(theme, useSystemDark()) === 'dark';
  const saved = useProgressSaved();
  const storeInUse = useProgressStoreInUse();

  const links = [
    { to: paths.home(), label: t('navHome'), end: true },
    { to: paths.tags(), label: t('navTags') },
    { to: paths.exam(), label: t('navExam') },
    { to: paths.review(), label: t('navReview'), due: true },
    { to: paths.progress(), label: t('navProgress') },
    { to: paths.settings(), label: t('navSettings') },
  ];

  return (
    <>
      <a className="app-skip-link" href="#main">{t('skipToContent')}</a>
      <header className="app-header">
        <div className="app-header-inner">
          <NavLink to={paths.home()} className="app-brand" aria-label="examflow">
            <img src={BRAND_ICON} alt="" width="28" height="28" />
            <span>examflow</span>
          </NavLink>
          <div className="app-header-search">
            <SearchLauncher />
          </div>
          {/* Shown only where the navigation does not fit one row of a phone; it opens the rest as a panel. */}
          <button
            type="button"
            ref={menu.buttonRef}
            className="btn btn-small app-menu-button"
            aria-expanded={menu.open}
            aria-controls="app-menu"
            onClick={menu.toggle}
            {...{ [EARLY_PRESS_ATTRIBUTE]: 'menu' }}
          >
            {/* The glyph follows aria-expanded, which a press before the app runs sets too. */}
            <span aria-hidden="true" className="app-menu-glyph-open">☰</span>
            <span aria-hidden="true" className="app-menu-glyph-close">✕</span> {t('menu')}
          </button>
          <div id="app-menu" ref={(element) => { menu.panelRef.current = element; }} className={`app-menu${menu.open ? ' is-open' : ''}`}>
            <nav aria-label={t('navLabel')} className="app-nav">
              <ul>
                {links.map((link) => (
                  <li key={link.to}>
                    <NavLink to={link.to} end={link.end}>
                      {link.label}
                      {link.due && saved && <Suspense fallback={null}><DueBadge /></Suspense>}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="app-header-tools">
              <ThemeToggle dark={dark} labels={{ toLight: t('themeToggleToLight'), toDark: t('themeToggleToDark') }} onToggle={() => update({ theme: dark ? 'light' : 'dark' })} />
              <button
                type="button"
                className="btn btn-small"
                lang={language === 'en' ? 'ko' : 'en'}
                title={t('switchLanguageLabel')}
                // Busy while the language chosen waits for its text (the Korean pack).
                aria-busy={chosenLanguage !== language || undefined}
                onClick={() => update({ language: language === 'en' ? 'ko' : 'en' })}
                {...{ [EARLY_PRESS_ATTRIBUTE]: 'language' }}
              >
                {t('switchLanguage')}
              </button>
            </div>
          </div>
        </div>
      </header>
      <main id="main" className="app-main">
        {storeInUse && (
          <Suspense fallback={null}>
            <StorageNotice />
          </Suspense>
        )}
        <StatusProvider>
          <RemoteImagesContext.Provider value={remoteImagesSource}>
            <Outlet />
          </RemoteImagesContext.Provider>
        </StatusProvider>
        <FirstScreenEnd />
      </main>
      <footer className="app-footer muted">{t('footer')}</footer>
      <UpdatePrompt />
      <RevealWhenTranslated rendered={language} current={currentLanguage} />
    </>
  );
}

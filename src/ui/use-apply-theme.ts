import { useEffect } from 'react';
import { resolveTheme } from './resolve-theme';

/** Keeps `<html data-theme>` and `<html lang>` in step with the settings and the system theme. */
export function useApplyTheme(theme: 'system' | 'light' | 'dark', language: string): void {
  useEffect(() => {
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    const apply = () => {
      document.documentElement.dataset.theme = resolveTheme(theme, query?.matches ?? false);
    };
    apply();
    query?.addEventListener?.('change', apply);
    return () => query?.removeEventListener?.('change', apply);
  }, [theme]);
  useEffect(() => {
    // Only a change: writing <html lang> even with the value it holds makes the browser restyle the whole
    // document (270 ms of one task when a 20 MB note's page started its app), and the pre-render already set it.
    if (document.documentElement.lang !== language) document.documentElement.lang = language;
  }, [language]);
}

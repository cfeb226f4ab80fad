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
    document.documentElement.lang = language;
  }, [language]);
}

import { useCallback } from 'react';
import { useSettings } from '../store/settings';
import { formatMessage } from './format';
import type { Language, Messages } from './types';

/** A translate function bound to one feature's catalogue and the current language. */
export type Translate<K extends string> = (key: K, vars?: Record<string, string | number>) => string;

/** Returns `t(key, vars)` for a feature's messages in the interface language chosen in settings. */
export function useT<K extends string>(messages: Messages<K>): Translate<K> {
  const language = useSettings((s) => s.language);
  return useCallback(
    (key: K, vars?: Record<string, string | number>) => formatMessage(messages[language][key], vars),
    [messages, language],
  );
}

/** The interface language chosen in settings. */
export function useLanguage(): Language {
  return useSettings((s) => s.language);
}

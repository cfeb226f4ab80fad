import { useCallback, useSyncExternalStore } from 'react';
import { useSettings } from '../store/settings';
import { formatMessage } from './format';
import { hasKoreanPack, koreanParticle, loadKoreanPack, messagesIn, subscribeKoreanPack } from './korean-pack';
import type { Language, Messages } from './types';

/** A translate function bound to one feature's catalogue and the current language. */
export type Translate<K extends string> = (key: K, vars?: Record<string, string | number>) => string;

// A Korean reader's pack is fetched as soon as the app's code runs, while the page still waits to hydrate
// (hidden, see src/app/first-paint.ts), and whenever a reader switches to Korean.
if (typeof window !== 'undefined') {
  const follow = (language: Language) => {
    if (language === 'ko') void loadKoreanPack();
  };
  follow(useSettings.getState().language);
  useSettings.subscribe((state) => follow(state.language));
}

/** Returns `t(key, vars)` for a feature's messages in the language the interface is drawn in. */
export function useT<K extends string>(messages: Messages<K>): Translate<K> {
  const language = useLanguage();
  return useCallback(
    (key: K, vars?: Record<string, string | number>) => formatMessage(messagesIn(messages, language)[key], vars, language === 'ko' ? koreanParticle() : undefined),
    [messages, language],
  );
}

/**
 * The language the interface is drawn in: the one chosen in settings, once its messages are here. A Korean
 * reader's pages are drawn in English (and stay hidden) until the Korean pack has arrived, so no page ever
 * mixes the two; hydration, which must match the pre-rendered English, never waits for it.
 */
export function useLanguage(): Language {
  const chosen = useSettings((s) => s.language);
  const korean = useSyncExternalStore(subscribeKoreanPack, hasKoreanPack, () => false);
  return chosen === 'ko' && !korean ? 'en' : chosen;
}

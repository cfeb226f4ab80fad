import type { ParticleWriter } from './format';
import type { KoreanPack } from './messages/ko/pack';
import type { Language, Messages } from './types';

let pack: KoreanPack | null = null;
let particle: ParticleWriter | undefined;
let loading: Promise<KoreanPack> | null = null;
const listeners = new Set<() => void>();

/**
 * The event dispatched on `window` when the Korean pack has arrived: from then on the app is drawing the page
 * in Korean, so the first-paint script's fallback to English (src/app/first-paint.ts) is no longer wanted.
 */
export const KOREAN_PACK_ARRIVED = 'examflow:korean-pack-arrived';

/**
 * Fetches the Korean pack once (a failed fetch may be tried again) and tells the subscribers. A failure is
 * left to the caller: unhandled, it reaches the first-paint script, which then shows the English page.
 */
export function loadKoreanPack(): Promise<KoreanPack> {
  loading ??= import('./messages/ko/pack').then(
    (module) => {
      pack = module.koreanPack;
      particle = module.writeParticle;
      for (const listener of listeners) listener();
      if (typeof dispatchEvent === 'function') dispatchEvent(new Event(KOREAN_PACK_ARRIVED));
      return pack;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Whether the Korean pack has arrived. */
export function hasKoreanPack(): boolean {
  return pack !== null;
}

/** Calls `listener` when the Korean pack arrives; returns the function that stops. */
export function subscribeKoreanPack(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A catalogue's messages in `language`: a packed Korean table falls back to English until the pack arrives. */
export function messagesIn<K extends string>(messages: Messages<K>, language: Language): Record<K, string> {
  if (language === 'en') return messages.en;
  if (typeof messages.ko !== 'string') return messages.ko;
  return (pack?.[messages.ko] as Record<K, string> | undefined) ?? messages.en;
}

/** The writer of Korean particles, once the Korean pack has arrived (Korean is drawn only then). */
export function koreanParticle(): ParticleWriter | undefined {
  return particle;
}

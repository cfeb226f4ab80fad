import { type EarlyListener, takeEarly } from '../early/take-early';

/** The name on `window` under which a built page keeps what the reader chose in its header before its app ran. */
export const EARLY_PRESSES_KEY = '__examflowEarlyPresses';

/** The attribute that says what a header control does, so that a press on it before the app runs is answered. */
export const EARLY_PRESS_ATTRIBUTE = 'data-early-press';

/** The attribute of the theme button that holds its other label (the one for after a press), swapped on each press. */
export const OTHER_LABEL_ATTRIBUTE = 'data-other-label';

/** What a control marked with EARLY_PRESS_ATTRIBUTE does. */
export type EarlyPressKind = 'theme' | 'language' | 'menu';

/** What the reader chose before the app ran: the theme the page now shows, the language asked for, the menu's state. */
export interface EarlyChoices {
  theme?: string;
  language?: string;
  menuOpen?: boolean;
}

interface EarlyPresses extends EarlyListener {
  choices: EarlyChoices;
}

/** The part of `window` the early listener uses, so tests can pass a fake. */
export interface EarlyPressHost {
  document: Document;
  localStorage: Pick<Storage, 'getItem' | 'setItem'>;
  addEventListener: (type: 'click', listener: (event: Event) => void, capture?: boolean) => void;
  removeEventListener: (type: 'click', listener: (event: Event) => void, capture?: boolean) => void;
}

/**
 * Answers a press on the header's theme, language or menu button of a pre-rendered page whose app has not
 * started: the theme flips at once (`<html data-theme>`, which the button's glyph follows) and is saved as the
 * settings store saves it, the menu opens or closes at once, and the language asked for is saved. All three
 * are kept until the app takes them (takeEarlyPresses), which draws the language. Self-contained, as it is
 * inlined into built pages (src/app/early-press-script.ts).
 */
export function listenForEarlyPresses(host: EarlyPressHost, key: string, attribute: string, otherLabel: string, settingsKey: string, settingsVersion: number): void {
  const choices: EarlyChoices = {};
  const root = host.document.documentElement;
  function save(name: 'theme' | 'language', value: string) {
    try {
      let saved = JSON.parse(host.localStorage.getItem(settingsKey) || 'null');
      if (!saved || typeof saved !== 'object' || !saved.state || typeof saved.state !== 'object') saved = { state: {}, version: settingsVersion };
      saved.state[name] = value;
      host.localStorage.setItem(settingsKey, JSON.stringify(saved));
    } catch {
      // Blocked storage, or a saved value unreadable (left for the settings store to judge): the app still gets the choice.
    }
  }
  function onClick(event: Event) {
    const target = event.target as Element | null;
    const control = target && typeof target.closest === 'function' ? target.closest(`[${attribute}]`) : null;
    if (!control) return;
    const kind = control.getAttribute(attribute);
    if (kind === 'theme') {
      const theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
      root.dataset.theme = theme;
      const label = control.getAttribute(otherLabel);
      if (label) {
        control.setAttribute(otherLabel, control.getAttribute('aria-label') || '');
        control.setAttribute('aria-label', label);
        control.setAttribute('title', label);
      }
      choices.theme = theme;
      save('theme', theme);
    } else if (kind === 'language') {
      // The button is labelled in, and has the lang of, the language it switches to.
      const language = control.getAttribute('lang') || '';
      choices.language = language;
      save('language', language);
    } else if (kind === 'menu') {
      const open = control.getAttribute('aria-expanded') !== 'true';
      control.setAttribute('aria-expanded', String(open));
      host.document.getElementById(control.getAttribute('aria-controls') || '')?.classList.toggle('is-open', open);
      choices.menuOpen = open;
    }
  }
  function stop() {
    host.removeEventListener('click', onClick, true);
  }
  host.addEventListener('click', onClick, true);
  (host as unknown as Record<string, EarlyPresses>)[key] = { choices, stop };
}

/** What the reader chose in the header before the app ran (see takeEarly); null where no listener ran. */
export function takeEarlyPresses(host: object = window, key: string = EARLY_PRESSES_KEY): EarlyChoices | null {
  return takeEarly<EarlyPresses>(host, key)?.choices ?? null;
}

import { type EarlyListener, takeEarly } from '../early/take-early.ts';

/** The name on `window` under which a built page keeps what the reader chose in its header before its app ran. */
export const EARLY_PRESSES_KEY = '__examflowEarlyPresses';

/** The attribute that says what a header control does, so that a press on it before the app runs is answered. */
export const EARLY_PRESS_ATTRIBUTE = 'data-early-press';

/** The attribute of the theme button that holds its other label (the one for after a press), swapped on each press. */
export const OTHER_LABEL_ATTRIBUTE = 'data-other-label';

/** What a control marked with EARLY_PRESS_ATTRIBUTE does; `setting` marks a Settings input, named after its field. */
export type EarlyPressKind = 'theme' | 'language' | 'menu' | 'setting';

/**
 * What the reader chose before the app ran: the settings asked for (by field, as the inputs say them: the
 * theme the page now shows, the language, a Settings radio's value or a checkbox's state) and the menu's state.
 */
export interface EarlyChoices {
  settings: Record<string, string | number | boolean>;
  menuOpen?: boolean;
}

interface EarlyPresses extends EarlyListener {
  choices: EarlyChoices;
}

/** What the early listener needs to know of the page, the settings store and the copy buttons (all plain data but copyCode). */
export interface EarlyPressConfig {
  key: string;
  attribute: string;
  otherLabel: string;
  /** EARLY_BUSY_ATTRIBUTE (src/early/early-busy.ts). */
  busy: string;
  settingsKey: string;
  settingsVersion: number;
  /** The selector of a code block's Copy button, and what a press on it does (src/ui/copy-code.ts). */
  copyButton: string;
  copyCode: (button: HTMLButtonElement) => unknown;
  /** The palette a theme setting shows (src/ui/resolve-theme.ts). */
  resolveTheme: (setting: unknown, systemDark: boolean) => 'light' | 'dark';
}

/** The part of `window` the early listener uses, so tests can pass a fake. */
export interface EarlyPressHost {
  document: Document;
  localStorage: Pick<Storage, 'getItem' | 'setItem'>;
  matchMedia: (query: string) => { matches: boolean };
  addEventListener: (type: 'click' | 'change' | 'input', listener: (event: Event) => void, capture?: boolean) => void;
  removeEventListener: (type: 'click' | 'change' | 'input', listener: (event: Event) => void, capture?: boolean) => void;
}

/**
 * Answers a press made on a pre-rendered page whose app has not started. The header's theme button flips the
 * theme at once (`<html data-theme>`, which the button's glyph follows), the menu opens or closes at once, a
 * code block's Copy button copies; the language asked for, and a Settings input's new value (the theme one
 * shown at once), are saved as the settings store saves them. Any other button or disclosure pressed (the language
 * one too) is marked busy at once, so the press shows it was heard while the app starts. Choices are kept until the app takes them
 * (takeEarlyPresses), which applies them. Self-contained, as it is inlined into built pages
 * (src/app/early-press-script.ts).
 */
export function listenForEarlyPresses(host: EarlyPressHost, config: EarlyPressConfig): void {
  const { attribute, otherLabel } = config;
  const choices: EarlyChoices = { settings: {} };
  const root = host.document.documentElement;
  function choose(name: string, value: string | number | boolean) {
    choices.settings[name] = value;
    if (name === 'theme') root.dataset.theme = config.resolveTheme(value, typeof host.matchMedia === 'function' && host.matchMedia('(prefers-color-scheme: dark)').matches);
    try {
      let saved = JSON.parse(host.localStorage.getItem(config.settingsKey) || 'null');
      if (!saved || typeof saved !== 'object' || !saved.state || typeof saved.state !== 'object') saved = { state: {}, version: config.settingsVersion };
      saved.state[name] = value;
      host.localStorage.setItem(config.settingsKey, JSON.stringify(saved));
    } catch {
      // Blocked storage, or a saved value unreadable (left for the settings store to judge): the app still gets the choice.
    }
  }
  function onClick(event: Event) {
    const target = event.target as Element | null;
    if (!target || typeof target.closest !== 'function') return;
    const copy = target.closest<HTMLButtonElement>(config.copyButton);
    if (copy) void config.copyCode(copy);
    const control = target.closest(`[${attribute}]`);
    const kind = control ? control.getAttribute(attribute) : null;
    const pressed = target.closest('button,summary');
    if (pressed && !copy && kind !== 'theme' && kind !== 'menu') {
      pressed.setAttribute(config.busy, '');
      // The page holds a mark: the app looks for marks only then (src/early/early-busy.ts).
      root.setAttribute(config.busy, '');
    }
    if (!control) return;
    if (kind === 'theme') {
      const label = control.getAttribute(otherLabel);
      if (label) {
        control.setAttribute(otherLabel, control.getAttribute('aria-label') || '');
        control.setAttribute('aria-label', label);
        control.setAttribute('title', label);
      }
      choose('theme', root.dataset.theme === 'dark' ? 'light' : 'dark');
    } else if (kind === 'language') {
      // The button is labelled in, and has the lang of, the language it switches to.
      choose('language', control.getAttribute('lang') || '');
    } else if (kind === 'menu') {
      const open = control.getAttribute('aria-expanded') !== 'true';
      control.setAttribute('aria-expanded', String(open));
      host.document.getElementById(control.getAttribute('aria-controls') || '')?.classList.toggle('is-open', open);
      choices.menuOpen = open;
    }
  }
  function onChange(event: Event) {
    const input = event.target as HTMLInputElement | null;
    if (!input || typeof input.getAttribute !== 'function' || input.getAttribute(attribute) !== 'setting' || !input.name) return;
    if (input.type === 'number') {
      // Saved as the store saves it: a number, and only one the field accepts (whole, in range); while the
      // entry is not one, the last accepted value stands, as the app's field keeps it.
      if (input.value !== '' && input.validity.valid) choose(input.name, input.valueAsNumber);
      return;
    }
    choose(input.name, input.type === 'checkbox' ? input.checked : input.value);
  }
  function stop() {
    host.removeEventListener('click', onClick, true);
    host.removeEventListener('change', onChange, true);
    host.removeEventListener('input', onChange, true);
  }
  host.addEventListener('click', onClick, true);
  host.addEventListener('change', onChange, true);
  // A typed number is heard as it is typed: its change event waits for the field to lose focus, which may
  // come after the app has started and drawn the field anew.
  host.addEventListener('input', onChange, true);
  (host as unknown as Record<string, EarlyPresses>)[config.key] = { choices, stop };
}

/** What the reader chose in the header before the app ran (see takeEarly); null where no listener ran. */
export function takeEarlyPresses(host: object = window, key: string = EARLY_PRESSES_KEY): EarlyChoices | null {
  return takeEarly<EarlyPresses>(host, key)?.choices ?? null;
}


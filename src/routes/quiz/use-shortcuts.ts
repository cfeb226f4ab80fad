import { useEffect, useRef } from 'react';
import { keyPressOf, shortcutFor, type ShortcutAction } from './shortcut-keys';

/**
 * Listens for the quiz shortcuts on the whole page and hands each action to `onAction`. Nothing fires
 * while a dialog is open, since the dialog owns the keyboard then.
 */
export function useShortcuts(mode: 'practice' | 'exam', optionCount: number, onAction: (action: ShortcutAction) => void) {
  const handler = useRef(onAction);
  handler.current = onAction;
  useEffect(() => {
    const listen = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const action = shortcutFor(keyPressOf(event), mode, optionCount);
      if (!action) return;
      event.preventDefault();
      handler.current(action);
    };
    document.addEventListener('keydown', listen);
    return () => document.removeEventListener('keydown', listen);
  }, [mode, optionCount]);
}

/**
 * The quiz's keyboard shortcuts as a pure mapping from a key press to an action, so the rules (no
 * shortcut while typing or with a modifier, `F` flags in an exam) are tested without a browser.
 */

/** What a key press asks the quiz to do. */
export type ShortcutAction =
  | { kind: 'choose'; label: string }
  | { kind: 'enter' }
  | { kind: 'previous' }
  | { kind: 'next' }
  | { kind: 'flag' }
  | { kind: 'help' };

/** The parts of a keyboard event and its target that decide the action. */
export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** Tag name of the focused element, upper case as the DOM gives it. */
  targetTag: string;
  /** The `type` of a focused input, lower case. */
  targetType?: string;
  targetEditable?: boolean;
}

const LABELS = ['A', 'B', 'C', 'D', 'E', 'F'];
const TEXT_INPUTS = new Set(['text', 'search', 'email', 'number', 'password', 'url', 'tel', 'date', 'time']);

function isTyping(press: KeyPress): boolean {
  if (press.targetEditable || press.targetTag === 'TEXTAREA' || press.targetTag === 'SELECT') return true;
  return press.targetTag === 'INPUT' && TEXT_INPUTS.has(press.targetType ?? 'text');
}

/** Maps a key press to a quiz action, or null when the key is not a shortcut here. */
export function shortcutFor(press: KeyPress, mode: 'practice' | 'exam', optionCount: number): ShortcutAction | null {
  if (press.altKey || press.ctrlKey || press.metaKey || isTyping(press)) return null;
  const { key } = press;
  if (key === '?') return { kind: 'help' };
  if (key === 'Enter') {
    // A focused button or link already acts on Enter; a second action would skip a question.
    return press.targetTag === 'BUTTON' || press.targetTag === 'A' || press.targetTag === 'SUMMARY' ? null : { kind: 'enter' };
  }
  if (mode === 'exam') {
    // Left/right move between questions even from a radio; up/down still move within the group.
    if (key === 'ArrowLeft') return { kind: 'previous' };
    if (key === 'ArrowRight') return { kind: 'next' };
    if (key === 'f' || key === 'F') return { kind: 'flag' };
  }
  const digit = /^[1-6]$/.test(key) ? Number(key) - 1 : -1;
  const letter = /^[a-fA-F]$/.test(key) ? LABELS.indexOf(key.toUpperCase()) : -1;
  const index = digit >= 0 ? digit : letter;
  if (index < 0 || index >= optionCount) return null;
  return { kind: 'choose', label: LABELS[index] as string };
}

/** Reads a keyboard event into a key press. */
export function keyPressOf(event: KeyboardEvent): KeyPress {
  const target = event.target instanceof HTMLElement ? event.target : null;
  return {
    key: event.key,
    altKey: event.altKey,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    targetTag: target?.tagName ?? 'BODY',
    targetType: target instanceof HTMLInputElement ? target.type.toLowerCase() : undefined,
    targetEditable: target?.isContentEditable ?? false,
  };
}

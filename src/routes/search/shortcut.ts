/** The keyboard shortcut that opens search from anywhere, except while the reader is typing. */

/** The parts of a keyboard event the shortcut looks at. */
export interface ShortcutEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'number', 'password', 'tel', 'url', '']);

/** Whether keys pressed on this element go into text the reader is writing. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  return tag === 'input' && TEXT_INPUT_TYPES.has(((element as HTMLInputElement).type ?? '').toLowerCase());
}

/** Whether a key press is `/`, Ctrl-K or ⌘-K pressed outside a text field. */
export function isSearchShortcut(event: ShortcutEvent): boolean {
  if (event.altKey || isEditableTarget(event.target)) return false;
  const plain = !event.ctrlKey && !event.metaKey;
  if (event.key === '/' && plain) return true;
  return event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
}

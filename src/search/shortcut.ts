/** The keyboard shortcut that opens search from anywhere, except while the reader is typing. */

/** The parts of a keyboard event the shortcut looks at. */
export interface ShortcutEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

/**
 * Whether keys pressed on this element go into text the reader is writing. Self-contained, as
 * isSearchShortcut (which carries its own copy) is inlined into built pages.
 */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  const textInputTypes = ['text', 'search', 'email', 'number', 'password', 'tel', 'url', ''];
  return tag === 'input' && textInputTypes.includes(((element as HTMLInputElement).type ?? '').toLowerCase());
}

/**
 * Whether a key press is `/`, Ctrl-K or ⌘-K pressed outside a text field. Built pages inline its source
 * with isEditableTarget's passed as `editable` (src/build/defer-app-start.ts), so it names no other function.
 */
export function isSearchShortcut(event: ShortcutEvent, editable: (target: EventTarget | null) => boolean = isEditableTarget): boolean {
  if (event.altKey || editable(event.target)) return false;
  const plain = !event.ctrlKey && !event.metaKey;
  if (event.key === '/' && plain) return true;
  return event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
}

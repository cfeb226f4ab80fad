import { useEffect, useRef } from 'react';

/**
 * Opens a `<dialog>` as a modal while `open` is true (the browser makes the page behind it inert, so
 * the page stays out of reach; Tab wraps inside, since browsers let it leave for their own toolbar),
 * focuses its `data-autofocus` control, closes it on Escape through `onClose`,
 * and gives focus back to whatever had it.
 */
export function useModalDialog(open: boolean, onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal?.();
    // React's autoFocus runs before showModal, which then moves focus to the first control; say which.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const cancel = (event: Event) => {
      event.preventDefault();
      closeRef.current();
    };
    dialog.addEventListener('cancel', cancel);
    dialog.addEventListener('keydown', wrapTab);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      dialog.removeEventListener('keydown', wrapTab);
      if (dialog.open) dialog.close();
      // The opener may be gone (e.g. the question changed); then focus stays where the page put it.
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);
  return ref;
}

const FOCUSABLE = [
  'button:not([disabled])',
  '[href]',
  'input:not([disabled])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

/** Keeps Tab and Shift+Tab cycling through the dialog's controls. */
function wrapTab(event: KeyboardEvent) {
  if (event.key !== 'Tab' || !(event.currentTarget instanceof HTMLDialogElement)) return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

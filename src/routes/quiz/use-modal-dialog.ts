import { useEffect, useRef } from 'react';

/**
 * Opens a `<dialog>` as a modal while `open` is true (the browser makes the page behind it inert, so
 * focus stays inside), focuses its `data-autofocus` control, closes it on Escape through `onClose`,
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
    return () => {
      dialog.removeEventListener('cancel', cancel);
      if (dialog.open) dialog.close();
      // The opener may be gone (e.g. the question changed); then focus stays where the page put it.
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);
  return ref;
}

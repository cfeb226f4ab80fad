import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** What `useDisclosure` hands back: the open state, its toggles, and the refs of the button and the panel. */
export interface Disclosure {
  open: boolean;
  toggle: () => void;
  close: () => void;
  /** Opens or closes it, as a press before the app ran left it (src/ui/early-presses.ts). */
  set: (open: boolean) => void;
  buttonRef: RefObject<HTMLButtonElement | null>;
  panelRef: RefObject<HTMLElement | null>;
}

/**
 * A button that shows and hides a panel (the WAI-ARIA disclosure pattern): Escape closes it and puts
 * focus back on the button, a press outside closes it, and it closes whenever `closeOn` changes
 * (the page navigated), so a link followed from the panel never leaves it open over the new page.
 */
export function useDisclosure(closeOn: unknown): Disclosure {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  const panelRef = useRef<HTMLElement | null>(null);
  const close = useCallback(() => setOpen(false), []);
  const toggle = useCallback(() => setOpen((value) => !value), []);

  useEffect(() => setOpen(false), [closeOn]);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (target && (panelRef.current?.contains(target) || buttonRef.current?.contains(target))) return;
      setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);
  return { open, toggle, close, set: setOpen, buttonRef, panelRef };
}

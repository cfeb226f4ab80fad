import Panzoom, { type PanzoomEventDetail, type PanzoomObject } from '@panzoom/panzoom';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { diagramMessages } from '../i18n/messages/diagram';
import { useT } from '../i18n/use-t';
import { useModalDialog } from '../ui/use-modal-dialog';

/** Props of {@link FlowFullScreen}. */
export interface FlowFullScreenProps {
  open: boolean;
  onClose: () => void;
  /** The heading of the dialog (the flow's name). */
  heading: string;
  /** The drawing to pan and zoom (a still copy of the flow). */
  children: ReactNode;
}

// Screen pixels an arrow key pans by, and the scale range: zooming out shows a whole wide flow at once.
const PAN_STEP = 48;
const MIN_SCALE = 0.25;
const MAX_SCALE = 4;

const PANS: Record<string, [number, number]> = {
  ArrowLeft: [PAN_STEP, 0], ArrowRight: [-PAN_STEP, 0], ArrowUp: [0, PAN_STEP], ArrowDown: [0, -PAN_STEP],
};

/**
 * The flow on the whole screen, in a modal dialog: it pans by drag or arrow keys and zooms by pinch, wheel,
 * the + and − keys or buttons; 0 goes back to 100 %, Esc closes and gives focus back to the opener.
 */
export function FlowFullScreen({ open, onClose, heading, children }: FlowFullScreenProps) {
  const t = useT(diagramMessages);
  const id = useId();
  const ref = useModalDialog(open, onClose);
  const stage = useRef<HTMLDivElement>(null);
  const panzoom = useRef<PanzoomObject | null>(null);
  const [scale, setScale] = useState(1);

  useEffect(() => {
    const element = stage.current;
    const viewport = element?.parentElement;
    if (!open || !element || !viewport) return;
    const pz = Panzoom(element, { minScale: MIN_SCALE, maxScale: MAX_SCALE, step: 0.25, canvas: true, origin: '0 0', cursor: 'grab' });
    const wheel = (event: WheelEvent) => pz.zoomWithWheel(event);
    const change = (event: Event) => setScale((event as CustomEvent<PanzoomEventDetail>).detail.scale);
    viewport.addEventListener('wheel', wheel, { passive: false });
    element.addEventListener('panzoomchange', change);
    panzoom.current = pz;
    setScale(1);
    return () => {
      viewport.removeEventListener('wheel', wheel);
      element.removeEventListener('panzoomchange', change);
      pz.destroy();
      panzoom.current = null;
    };
  }, [open]);

  const zoomBy = (direction: 1 | -1) => {
    const pz = panzoom.current;
    if (!pz) return;
    // Even steps of 25 % (panzoom's own zoomIn multiplies by e^step, which reads as 128 %, 164 %…).
    const next = Math.min(MAX_SCALE, Math.max(MIN_SCALE, Math.round(pz.getScale() * 4 + direction) / 4));
    pz.zoom(next, { animate: false });
    setScale(next);
  };
  const reset = () => {
    panzoom.current?.reset({ animate: false });
    setScale(1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    // Keys on a button keep their meaning (Enter/Space); the rest steer the drawing.
    const pz = panzoom.current;
    if (!pz || event.altKey || event.ctrlKey || event.metaKey) return;
    const pan = PANS[event.key];
    if (pan) pz.pan(pan[0] / pz.getScale(), pan[1] / pz.getScale(), { relative: true, animate: false });
    else if (event.key === '+' || event.key === '=') zoomBy(1);
    else if (event.key === '-' || event.key === '_') zoomBy(-1);
    else if (event.key === '0') reset();
    else return;
    event.preventDefault();
  };

  return (
    <dialog ref={ref} className="flow-full-screen" aria-labelledby={`${id}-title`} aria-describedby={`${id}-hint`} onKeyDown={onKeyDown}>
      {open && (
        <>
          <div className="flow-fs-bar">
            <h2 id={`${id}-title`}>{heading}</h2>
            <div className="flow-fs-controls">
              <button type="button" className="btn" onClick={() => zoomBy(-1)} aria-label={t('zoomOut')}>−</button>
              <output className="flow-fs-scale" aria-live="polite" aria-label={t('zoomLevel')}>
                {Math.round(scale * 100)}%
              </output>
              <button type="button" className="btn" onClick={() => zoomBy(1)} aria-label={t('zoomIn')}>+</button>
              <button type="button" className="btn" onClick={reset}>{t('zoomReset')}</button>
              <button type="button" className="btn btn-primary" onClick={onClose}>{t('closeFullScreen')}</button>
            </div>
          </div>
          <p id={`${id}-hint`} className="flow-fs-hint">
            <span className="flow-hint-keys">{t('fullScreenKeys')}</span>
            <span className="flow-hint-touch">{t('fullScreenTouch')}</span>
          </p>
          <div className="flow-fs-viewport" tabIndex={0} role="group" aria-label={t('fullScreenCanvas')} data-autofocus="">
            <div ref={stage} className="flow-fs-stage">
              {children}
            </div>
          </div>
        </>
      )}
    </dialog>
  );
}

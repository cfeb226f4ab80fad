import { diagramMessages } from '../i18n/messages/diagram';
import { useT } from '../i18n/use-t';
import { useWords } from '../i18n/use-words';
import { LiveButton } from '../ui/static-copy';

/** Props of {@link FlowToolbar}. */
export interface FlowToolbarProps {
  /** The step shown (0-based), or null when not stepping. */
  step: number | null;
  total: number;
  showSource: boolean;
  sourceId: string;
  onStep: (step: number | null) => void;
  onToggleSource: () => void;
  onFullScreen: () => void;
  /** False until the diagram's script is running (a pre-rendered diagram waits to hydrate): the buttons say they cannot work yet. */
  ready: boolean;
}

/** The controls under a flow: step through it (back and forth), open it full-screen, show its source. */
export function FlowToolbar({ step, total, showSource, sourceId, onStep, onToggleSource, onFullScreen, ready }: FlowToolbarProps) {
  const t = useT(diagramMessages);
  // A static copy (never stepping) holds its buttons' words in every language: see useWords.
  const words = useWords(diagramMessages);
  const atFirst = step === 0;
  return (
    <div className="flow-toolbar">
      {step !== null && (
        // aria-disabled rather than disabled, so focus stays on the button at the first step.
        <LiveButton type="button" className="btn" aria-disabled={atFirst} onClick={() => !atFirst && onStep(step - 1)}>
          {t('previousStep')}
        </LiveButton>
      )}
      <LiveButton type="button" className="btn" disabled={!ready} onClick={() => onStep(step === null ? 0 : step + 1 < total ? step + 1 : null)}>
        {step === null ? words('stepThrough') : t('nextStep')}
      </LiveButton>
      {step !== null && (
        <>
          <span className="flow-step">{t('stepOf', { n: step + 1, total })}</span>
          <LiveButton type="button" className="btn" onClick={() => onStep(null)}>
            {t('stopStepping')}
          </LiveButton>
        </>
      )}
      <LiveButton type="button" className="btn" aria-haspopup="dialog" disabled={!ready} onClick={onFullScreen}>
        {words('fullScreen')}
      </LiveButton>
      <LiveButton type="button" className="btn" aria-expanded={showSource} aria-controls={sourceId} disabled={!ready} onClick={onToggleSource}>
        {showSource ? t('hideSource') : words('showSource')}
      </LiveButton>
    </div>
  );
}

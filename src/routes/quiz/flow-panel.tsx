import type { NoteModule } from '../../content/note-module';
import { quizMessages } from '../../i18n/messages/quiz';
import { useT } from '../../i18n/use-t';

/** Props of {@link FlowPanel}. */
export interface FlowPanelProps {
  note: NoteModule | undefined;
  /** Texts (option and explanation) whose flow nodes should light up. */
  pointed: readonly string[];
}

/** The note's architecture flow beside the question, lighting up what the pointed options are about. */
export function FlowPanel({ note }: FlowPanelProps) {
  const t = useT(quizMessages);
  if (!note || note.flows.length === 0) return null;
  return (
    <aside className="quiz-flow" aria-labelledby="quiz-flow-title">
      <h2 id="quiz-flow-title">{t('flow')}</h2>
      {note.flows.map((flow, i) => (
        <pre key={i} className="quiz-flow-source" tabIndex={0}>{flow.source}</pre>
      ))}
    </aside>
  );
}

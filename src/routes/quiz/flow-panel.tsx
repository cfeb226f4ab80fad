import { memo, useMemo } from 'react';
import type { QuizNote } from '../../content/note-module';
import { FlowDiagram } from '../../diagram/flow-diagram';
import { quizMessages } from '../../i18n/messages/quiz';
import { useT } from '../../i18n/use-t';
import { litNodes } from '../../diagram/lit-nodes';
import type { Diagram } from '../../diagram/types';
import { HydrateOnView } from '../../ui/hydrate-on-view';

const NO_NODES: readonly string[] = [];

/** Props of {@link FlowPanel}. */
export interface FlowPanelProps {
  note: QuizNote | undefined;
  /** Texts (option and explanation) whose flow nodes should light up. */
  pointed: readonly string[];
  /** Every option text of the question: words they all say tell no option apart, so they light nothing alone. */
  options?: readonly string[];
}

/**
 * One flow of the panel. A pre-rendered practice page keeps it as its HTML until it comes near the view or the
 * reader presses it: laying out and hydrating a diagram was the largest part of the page's first task, and on
 * a phone the flow sits below the question. Memoised, so a re-render of the question does not reach it while
 * what it shows is unchanged.
 */
const PanelDiagram = memo(function PanelDiagram({ diagram, highlight, title }: PanelDiagramProps) {
  // A note's practice is pre-rendered with its flows: the page keeps still when one turns out wide.
  return <HydrateOnView><FlowDiagram diagram={diagram} highlight={highlight} title={title} keepHintPlace /></HydrateOnView>;
}, showsTheSame);

interface PanelDiagramProps {
  diagram: Diagram;
  highlight: readonly string[];
  title: string;
}

/**
 * The same flow, lit the same way: the live session hands the panel its note afresh (a new object read from
 * its question pack), and an update reaching a part still waiting as HTML would draw that HTML anew.
 */
function showsTheSame(a: PanelDiagramProps, b: PanelDiagramProps): boolean {
  return a.title === b.title && a.diagram.source === b.diagram.source
    && a.highlight.length === b.highlight.length && a.highlight.every((id, i) => id === b.highlight[i]);
}

/** The note's architecture flows beside the question, lighting up the boxes the pointed options are about. */
export function FlowPanel({ note, pointed, options = [] }: FlowPanelProps) {
  const t = useT(quizMessages);
  const diagrams = note?.diagrams ?? [];
  const key = pointed.join('\n');
  // Recomputed only when what is pointed at changes, so the diagram's own state is not churned.
  const highlights = useMemo(() => diagrams.map((diagram) => litNodes(pointed, diagram, options)), [diagrams, key, options.join('\n')]);
  if (!note || diagrams.length === 0) return null;
  const labels = diagrams.flatMap((diagram, i) => {
    const ids = new Set(highlights[i]);
    return diagram.nodes.filter((n) => ids.has(n.id)).map((n) => n.label);
  });
  // Said aloud and shown, so a pointed option that lights nothing is not mistaken for a broken diagram.
  const said = pointed.length === 0 ? '' : labels.length === 0 ? t('flowNamesNothing') : t('flowLit', { labels: labels.join(', ') });
  return (
    <aside className="quiz-flow" aria-labelledby="quiz-flow-title">
      <h2 id="quiz-flow-title">{t('flow')}</h2>
      <p className="muted">{t('flowHint')}</p>
      <p className="quiz-flow-lit" aria-live="polite" data-flow-lit="">{said}</p>
      {diagrams.map((diagram, i) => <PanelDiagram key={i} diagram={diagram} highlight={highlights[i] ?? NO_NODES} title={note.title} />)}
    </aside>
  );
}

import { memo } from 'react';
import type { FlowBlock } from '../../content/types';
import type { FlowDiagramProps } from '../../diagram/flow-diagram';
import type { Diagram } from '../../diagram/types';
import { notesMessages } from '../../i18n/messages/notes';
import { useT } from '../../i18n/use-t';
import { HydrateOnView } from '../../ui/hydrate-on-view';
import { loadOnce } from '../../ui/load-once';

/**
 * The diagram's code: the note's loader awaits it before a page with a diagram is pre-rendered or drawn
 * after a navigation, so those draw the diagram at once; a pre-rendered page being hydrated fetches it
 * only when the diagram comes near the view.
 */
export const flowDiagramCode = loadOnce(() => import('../../diagram/flow-diagram'));

function LazyFlowDiagram(props: FlowDiagramProps) {
  const { FlowDiagram } = flowDiagramCode.read();
  return <FlowDiagram {...props} />;
}

// Memoised on the diagram (the loader's object, stable across renders): a re-render of the page (the
// reader's language arriving) must not reach the part still waiting as HTML. The pre-render cannot know whether
// the flow is wider than its frame, so it keeps the scroll hint's place (note-page.css gives it room on a phone's
// width only): on a 390 px screen a flow going live added the hint, and moved what follows down ~80 px.
const ViewedFlowDiagram = memo(function ViewedFlowDiagram({ diagram }: { diagram: Diagram }) {
  return <HydrateOnView><LazyFlowDiagram diagram={diagram} keepHintPlace /></HydrateOnView>;
});

/**
 * A flow block of a note, drawn as the interactive diagram parsed at build time: pre-rendered in full, and
 * made interactive when it comes near the view, so a reader who never scrolls to it never fetches its code.
 */
export function FlowView({ flow, diagram }: { flow: FlowBlock | undefined; diagram: Diagram | undefined }) {
  const t = useT(notesMessages);
  if (!flow) return null;
  if (!diagram) {
    return (
      <figure className="note-flow-source">
        <figcaption className="visually-hidden">{t('flowSource')}</figcaption>
        <pre>{flow.source}</pre>
      </figure>
    );
  }
  return <ViewedFlowDiagram diagram={diagram} />;
}

import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { diagramMessages } from '../i18n/messages/diagram';
import { useWords } from '../i18n/use-words';
import { useT } from '../i18n/use-t';
import { useHydrated } from '../ui/use-hydrated';
import { edgeKey, edgesAt, moveFrom, pathFromStart, stepOrder, type Move } from './flow-graph';
import { layoutDiagram } from './flow-layout';
import { FlowSentences } from './flow-sentences';
import { FlowSource } from './flow-source';
import { FlowFrame } from './flow-frame';
import { FlowFullScreen } from './flow-full-screen';
import { FlowSvg, type FlowSvgProps } from './flow-svg';
import { FlowToolbar } from './flow-toolbar';
import type { Diagram } from './types';

/** Props of {@link FlowDiagram}. */
export interface FlowDiagramProps {
  diagram: Diagram;
  /** Node ids lit from outside, e.g. the nodes a chosen quiz option names. */
  highlight?: readonly string[];
  /** What the diagram shows, for its accessible name. */
  title?: string;
  /** Keep the scroll hint's place even while the flow fits (see FlowFrame), where the page must not move. */
  keepHintPlace?: boolean;
}

const KEYS: Record<string, Move> = {
  ArrowRight: 'forward', ArrowDown: 'forward', ArrowLeft: 'back', ArrowUp: 'back', Home: 'first', End: 'last',
};

/** An architecture flow drawn on the author's grid: focus, select and step through its boxes. */
export function FlowDiagram({ diagram, highlight = [], title, keepHintPlace = false }: FlowDiagramProps) {
  const t = useT(diagramMessages);
  const words = useWords(diagramMessages);
  const id = useId();
  // A pre-rendered diagram (and one without scripts) shows its buttons disabled until its code runs.
  const ready = useHydrated();
  const [showSource, setShowSource] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(diagram.nodes[0]?.id ?? null);
  const [step, setStep] = useState<number | null>(null);
  const [fullScreen, setFullScreen] = useState(false);
  // The box keyboard focus is on right now (null when focus is elsewhere): it lights up like a selection.
  const [activeId, setActiveId] = useState<string | null>(null);
  const shownId = selectedId ?? activeId;
  const turns = useRef({ key: '', count: 0 });
  const nodes = useRef(new Map<string, SVGGElement>());
  const layout = useMemo(() => layoutDiagram(diagram), [diagram]);
  const order = useMemo(() => stepOrder(diagram), [diagram]);
  const labelOf = useMemo(() => new Map(diagram.nodes.map((n) => [n.id, n.label])), [diagram]);
  const highlightIds = useMemo(() => new Set(highlight), [highlight]);
  const names = useMemo(
    () => new Map(diagram.nodes.map((n) => [n.id, t(highlightIds.has(n.id) ? 'nodeLit' : 'node', { label: n.label })])),
    [diagram, highlightIds, t],
  );

  const lit = useMemo(() => {
    const edges = new Set<string>();
    const near = new Set<string>();
    if (shownId === null) return { edges, near };
    const { incoming, outgoing } = edgesAt(diagram, shownId);
    for (const e of [...incoming, ...outgoing]) edges.add(edgeKey(e));
    for (const key of pathFromStart(diagram, shownId)) edges.add(key);
    for (const e of diagram.edges) if (edges.has(edgeKey(e))) near.add(e.from).add(e.to);
    return { edges, near };
  }, [diagram, shownId]);

  if (!diagram.parsed || diagram.nodes.length === 0) {
    return (
      <figure className="flow-diagram is-unparsed">
        <figcaption>{t('unparsed')}</figcaption>
        <FlowSource source={diagram.source} />
      </figure>
    );
  }

  const names_ = (ids: string[]) => (ids.length > 0 ? ids.map((x) => labelOf.get(x) ?? '').join(', ') : t('nothing'));
  const describe = (nodeId: string) => {
    const { incoming, outgoing } = edgesAt(diagram, nodeId);
    return t('selected', {
      label: labelOf.get(nodeId) ?? '',
      incoming: names_(incoming.map((e) => e.from)),
      outgoing: names_(outgoing.map((e) => e.to)),
    });
  };
  const focusNode = (nodeId: string) => {
    setFocusId(nodeId);
    nodes.current.get(nodeId)?.focus();
  };
  const onNodeKey = (nodeId: string, event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setStep(null);
      setSelectedId(nodeId);
      return;
    }
    const move = KEYS[event.key];
    if (!move) return;
    event.preventDefault();
    // Pressing the same arrow again from the same box tries its next sibling, so every branch is reachable.
    const key = `${nodeId}:${move}`;
    turns.current = { key, count: turns.current.key === key ? turns.current.count + 1 : 0 };
    let target = moveFrom(diagram, nodeId, move, turns.current.count);
    if (target === nodeId && (move === 'forward' || move === 'back')) target = moveFrom(diagram, nodeId, move === 'forward' ? 'next' : 'previous');
    focusNode(target);
  };
  const stepTo = (n: number | null) => {
    setStep(n);
    const nodeId = n === null ? null : (order[n] ?? null);
    setSelectedId(nodeId);
    if (nodeId) setFocusId(nodeId);
  };
  const status =
    shownId === null ? '' : step === null || selectedId === null ? describe(shownId)
      : t('stepSelected', {
          n: step + 1,
          total: order.length,
          label: labelOf.get(shownId) ?? '',
          outgoing: names_(edgesAt(diagram, shownId).outgoing.map((e) => e.to)),
        });
  const heading = title ? t('diagramNamed', { title }) : t('diagram');
  const svgProps: FlowSvgProps = {
    layout,
    idPrefix: id.replace(/[^a-zA-Z0-9_-]/g, ''),
    names,
    focusId: diagram.nodes.some((n) => n.id === focusId) ? focusId : (diagram.nodes[0]?.id ?? null),
    selectedId,
    nearIds: lit.near,
    highlightIds,
    litEdges: lit.edges,
    onSelect: (nodeId) => {
      setStep(null);
      setSelectedId(nodeId);
      setFocusId(nodeId);
    },
    onNodeKey,
    onNodeFocus: (nodeId) => {
      setFocusId(nodeId);
      setActiveId(nodeId);
    },
    onNodeBlur: () => setActiveId(null),
    nodeRef: (nodeId, el) => (el ? nodes.current.set(nodeId, el) : nodes.current.delete(nodeId)),
  };

  return (
    <figure className={keepHintPlace ? 'flow-diagram flow-keeps-hint' : 'flow-diagram'} aria-labelledby={`${id}-name`}>
      <figcaption id={`${id}-name`} className="visually-hidden">
        {heading}
      </figcaption>
      <p id={`${id}-hint`} className="flow-hint">{words('keysHint')}</p>
      <FlowFrame labelledBy={`${id}-name`} describedBy={`${id}-hint`} hintId={`${id}-scroll`} keepHintPlace={keepHintPlace} drawingWidth={layout.width}>
        <FlowSvg {...svgProps} />
      </FlowFrame>
      <p className="flow-status" aria-live="polite">{status}</p>
      <FlowToolbar
        step={step}
        total={order.length}
        showSource={showSource}
        sourceId={`${id}-source`}
        onStep={stepTo}
        onToggleSource={() => setShowSource(!showSource)}
        onFullScreen={() => setFullScreen(true)}
        ready={ready}
      />
      {showSource && <FlowSource id={`${id}-source`} source={diagram.source} />}
      <FlowSentences diagram={diagram} headingId={`${id}-words`} />
      <FlowFullScreen open={fullScreen} onClose={() => setFullScreen(false)} heading={heading}>
        <FlowSvg {...svgProps} idPrefix={`${svgProps.idPrefix}-fs`} still />
      </FlowFullScreen>
    </figure>
  );
}

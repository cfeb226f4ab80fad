import { Fragment, type KeyboardEvent } from 'react';
import type { BoxLayout, FlowLayout } from './flow-layout';
import { LINE } from './flow-layout';

/** Props of {@link FlowSvg}. */
export interface FlowSvgProps {
  layout: FlowLayout;
  /** Prefix for SVG ids (markers), unique per diagram on the page. */
  idPrefix: string;
  /** Accessible name of each node, by id. */
  names: ReadonlyMap<string, string>;
  /** The node that holds the roving tab stop. */
  focusId: string | null;
  selectedId: string | null;
  /** Nodes next to the selection or on its path from the start. */
  nearIds: ReadonlySet<string>;
  /** Nodes lit from outside (the quiz's chosen option). */
  highlightIds: ReadonlySet<string>;
  litEdges: ReadonlySet<string>;
  onSelect: (id: string) => void;
  onNodeKey: (id: string, event: KeyboardEvent<SVGGElement>) => void;
  onNodeFocus: (id: string) => void;
  onNodeBlur: () => void;
  nodeRef: (id: string, element: SVGGElement | null) => void;
  /** Draw a picture only (the full-screen copy): boxes are not buttons and take no focus. */
  still?: boolean;
}

/** The diagram's SVG: edges with arrowheads and labels, then one focusable box per node. */
export function FlowSvg(props: FlowSvgProps) {
  const { layout, idPrefix, names, focusId, selectedId, nearIds, highlightIds, litEdges } = props;
  return (
    <svg
      className="flow-svg"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      // Drawn at its own size, never scaled to fit: labels keep their type size and a wide flow scrolls.
      width={layout.width}
      height={layout.height}
      {...(props.still ? { 'aria-hidden': true } : {})}
    >
      <defs aria-hidden="true">
        {['plain', 'lit'].map((kind) => (
          <marker
            key={kind}
            id={`${idPrefix}-${kind}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="9"
            markerHeight="9"
            markerUnits="userSpaceOnUse"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" className={`flow-head flow-head-${kind}`} />
          </marker>
        ))}
      </defs>
      <g aria-hidden="true">
        {layout.titles.map((t, i) => (
          <text key={i} x={t.x} y={t.y} className="flow-title">
            {t.text}
          </text>
        ))}
      </g>
      <g aria-hidden="true">
        {layout.edges.map((e) => {
          const lit = litEdges.has(e.key);
          return (
            <g key={e.key} className={lit ? 'flow-edge is-lit' : 'flow-edge'} data-edge={e.key}>
              <path d={e.path} markerEnd={`url(#${idPrefix}-${lit ? 'lit' : 'plain'})`} />
              {e.label && (
                <text x={e.labelX + 4} y={e.labelY} className="flow-edge-label">
                  {e.label}
                </text>
              )}
            </g>
          );
        })}
      </g>
      {layout.boxes.map((b) => {
        const classes = ['flow-node'];
        if (b.id === selectedId) classes.push('is-selected');
        else if (nearIds.has(b.id)) classes.push('is-near');
        if (highlightIds.has(b.id)) classes.push('is-highlighted');
        if (props.still) {
          return (
            <g key={b.id} className={classes.join(' ')} data-node={b.id}>
              <BoxShape box={b} name={names.get(b.id) ?? ''} />
            </g>
          );
        }
        return (
          <g
            key={b.id}
            ref={(el) => props.nodeRef(b.id, el)}
            className={classes.join(' ')}
            data-node={b.id}
            role="button"
            tabIndex={b.id === focusId ? 0 : -1}
            aria-label={names.get(b.id)}
            aria-pressed={b.id === selectedId}
            onClick={() => props.onSelect(b.id)}
            onKeyDown={(event) => props.onNodeKey(b.id, event)}
            onFocus={() => props.onNodeFocus(b.id)}
            onBlur={props.onNodeBlur}
          >
            <BoxShape box={b} name={names.get(b.id) ?? ''} />
          </g>
        );
      })}
    </svg>
  );
}

/**
 * A box's rectangle and its label, line by line. Where a line was broken at a space of the box's accessible
 * name, the space stays between the lines, so the text a reader sees reads as the name a screen reader hears
 * (axe's label-content-name-mismatch compares the two).
 */
function BoxShape({ box: b, name }: { box: BoxLayout; name: string }) {
  return (
    <>
      <rect x={b.x} y={b.y} width={b.width} height={b.height} rx="8" />
      <text x={b.x + b.width / 2} y={b.y + 8 + LINE * 0.75} textAnchor="middle" aria-hidden="true">
        {b.lines.map((line, i) => (
          <Fragment key={i}>
            {i > 0 && name.includes(`${b.lines[i - 1]} ${line}`) ? ' ' : null}
            <tspan x={b.x + b.width / 2} dy={i === 0 ? 0 : LINE}>
              {line}
            </tspan>
          </Fragment>
        ))}
      </text>
    </>
  );
}

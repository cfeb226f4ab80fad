import type { FlowBlock } from '../content/types';
import { parseDiagram } from '../diagram/parse-diagram';
import type { Diagram } from '../diagram/types';

/** The diagram entry of the content report, as defined in content-report-schema.md. */
export interface DiagramReport {
  parsed: boolean;
  source: string;
  nodes: { id: string; label: string }[];
  edges: { from: string; to: string; label?: string }[];
  titles: string[];
  annotations: string[];
  line: number;
}

/** Builds the report entry for one flow block from the diagram reader's reading of it (read here when not given). */
export function reportDiagram(flow: FlowBlock, diagram: Diagram = parseDiagram(flow.source)): DiagramReport {
  return {
    parsed: diagram.parsed,
    source: flow.source,
    nodes: diagram.nodes.map(({ id, label }) => ({ id, label })),
    edges: diagram.edges.map(({ from, to, label }) => (label === undefined ? { from, to } : { from, to, label })),
    titles: diagram.titles.map((title) => title.text),
    annotations: diagram.annotations.map((annotation) => annotation.text),
    line: flow.line,
  };
}

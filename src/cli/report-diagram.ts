import type { FlowBlock } from '../content/types';
import { parseDiagram } from '../diagram/parse-diagram';

/** The diagram entry of the content report, as defined in content-report-schema.md. */
export interface DiagramReport {
  parsed: boolean;
  source: string;
  nodes: { id: string; label: string }[];
  edges: { from: string; to: string; label?: string }[];
  line: number;
}

/** Builds the report entry for one flow block from the diagram parser's reading of it. */
export function reportDiagram(flow: FlowBlock): DiagramReport {
  const diagram = parseDiagram(flow.source);
  return {
    parsed: diagram.parsed,
    source: flow.source,
    nodes: diagram.nodes.map(({ id, label }) => ({ id, label })),
    edges: diagram.edges.map(({ from, to, label }) => (label === undefined ? { from, to } : { from, to, label })),
    line: flow.line,
  };
}

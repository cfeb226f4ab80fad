import type { FlowBlock } from '../content/types';

/** The diagram entry of the content report, as defined in content-report-schema.md. */
export interface DiagramReport {
  parsed: boolean;
  source: string;
  nodes: { id: string; label: string }[];
  edges: { from: string; to: string; label?: string }[];
  line: number;
}

/** Builds the report entry for one flow block; until the diagram parser is wired in, it is shown as text. */
export function reportDiagram(flow: FlowBlock): DiagramReport {
  return { parsed: false, source: flow.source, nodes: [], edges: [], line: flow.line };
}

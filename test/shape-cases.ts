import { parseDiagram } from '../src/diagram/parse-diagram';
import type { Diagram } from '../src/diagram/types';

/** The edges of a diagram as "from -> to" label strings, with the arrow's label in brackets. */
export function edgesOf(d: Diagram): string[] {
  const label = new Map(d.nodes.map((n) => [n.id, n.label]));
  return d.edges.map((e) => `${label.get(e.from)} -> ${label.get(e.to)}${e.label ? ` [${e.label}]` : ''}`).sort();
}

/** One drawn shape and how a careful reader labels it. */
export interface Shape {
  name: string;
  block: string[];
  nodes: string[];
  edges: string[];
  titles?: string[];
  annotations?: string[];
  /** Nodes drawn inside a group box, as "member in group". */
  members?: string[];
}

/** The group membership of a diagram's nodes as "member in group" strings. */
export function membersOf(d: Diagram): string[] {
  const label = new Map(d.nodes.map((n) => [n.id, n.label]));
  return d.nodes.filter((n) => n.parent).map((n) => `${n.label} in ${label.get(n.parent ?? '')}`).sort();
}

/** Runs a table of shapes: each must parse with no problems into exactly the expected labels and edges. */
export function testShapes(title: string, shapes: Shape[]): void {
  describe(title, () => {
    test.each(shapes)('$name', ({ block, nodes, edges, titles, annotations, members }) => {
      const d = parseDiagram(block.join('\n'));
      expect(d.problems).toEqual([]);
      expect(d.parsed).toBe(true);
      expect(d.nodes.map((n) => n.label)).toEqual(nodes);
      expect(edgesOf(d)).toEqual(edges);
      expect(d.titles.map((t) => t.text)).toEqual(titles ?? []);
      expect(d.annotations.map((t) => t.text)).toEqual(annotations ?? []);
      expect(membersOf(d)).toEqual(members ?? []);
    });
  });
}

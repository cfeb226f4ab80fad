import type { Diagram, DiagramEdge } from './types.ts';

/** A stable key for an edge, for lighting it up. */
export function edgeKey(edge: DiagramEdge): string {
  return `${edge.from}>${edge.to}`;
}

/** The edges into and out of a node. */
export function edgesAt(diagram: Diagram, id: string): { incoming: DiagramEdge[]; outgoing: DiagramEdge[] } {
  return {
    incoming: diagram.edges.filter((e) => e.to === id),
    outgoing: diagram.edges.filter((e) => e.from === id),
  };
}

// Starts are nodes nothing points at; a flow drawn as a pure cycle starts at its first node.
function starts(diagram: Diagram): string[] {
  const targets = new Set(diagram.edges.map((e) => e.to));
  const found = diagram.nodes.filter((n) => !targets.has(n.id)).map((n) => n.id);
  return found.length > 0 ? found : diagram.nodes.slice(0, 1).map((n) => n.id);
}

/** The keys of the edges on a shortest path from a start of the flow to the node (empty for a start). */
export function pathFromStart(diagram: Diagram, id: string): string[] {
  const cameBy = new Map<string, DiagramEdge | null>();
  const queue = starts(diagram);
  for (const s of queue) cameBy.set(s, null);
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i] as string;
    if (at === id) break;
    for (const e of diagram.edges) {
      if (e.from === at && !cameBy.has(e.to)) {
        cameBy.set(e.to, e);
        queue.push(e.to);
      }
    }
  }
  const keys: string[] = [];
  for (let edge = cameBy.get(id); edge; edge = cameBy.get(edge.from)) keys.unshift(edgeKey(edge));
  return keys;
}

/** Every node once, in the order the flow walks them: breadth first from its starts, then anything left. */
export function stepOrder(diagram: Diagram): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (first: string) => {
    if (seen.has(first)) return;
    const queue = [first];
    seen.add(first);
    for (let i = 0; i < queue.length; i++) {
      const at = queue[i] as string;
      order.push(at);
      for (const e of diagram.edges) {
        if (e.from === at && !seen.has(e.to)) {
          seen.add(e.to);
          queue.push(e.to);
        }
      }
    }
  };
  starts(diagram).forEach(visit);
  diagram.nodes.forEach((n) => visit(n.id));
  return order;
}

/** Which way an arrow key moves: along the arrows, against them, or to the next box in reading order. */
export type Move = 'forward' | 'back' | 'next' | 'previous' | 'first' | 'last';

/**
 * The node a key press moves to from `id`: forward follows an outgoing edge, back an incoming one
 * (the k-th press cycles through siblings via `turn`), next/previous walk reading order.
 */
export function moveFrom(diagram: Diagram, id: string, move: Move, turn = 0): string {
  const ids = diagram.nodes.map((n) => n.id);
  const at = Math.max(0, ids.indexOf(id));
  const pick = (list: string[]) => (list.length > 0 ? (list[turn % list.length] as string) : id);
  switch (move) {
    case 'forward':
      return pick(diagram.edges.filter((e) => e.from === id).map((e) => e.to));
    case 'back':
      return pick(diagram.edges.filter((e) => e.to === id).map((e) => e.from));
    case 'next':
      return ids[(at + 1) % ids.length] ?? id;
    case 'previous':
      return ids[(at - 1 + ids.length) % ids.length] ?? id;
    case 'first':
      return ids[0] ?? id;
    case 'last':
      return ids[ids.length - 1] ?? id;
  }
}

/**
 * Scores the reader's graph of one flow against a hand label: node recall, edge precision and recall, and
 * whether every letter of the block was kept. Labels compare by their letters and digits only, so spacing,
 * brackets and bullets never decide a match.
 */

/** One hand-labelled flow, as written in labels.json. */
export interface FlowLabel {
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  shape: string;
  nodes: string[];
  edges: [string, string, string?][];
  titles: string[];
  annotations: string[];
}

/** What the reader made of the block, reduced to what the audit compares. */
export interface ReaderGraph {
  parsed: boolean;
  /** `repeats`: how many more times the same box is drawn (one node, its letters written again). */
  nodes: { id: string; label: string; repeats?: number }[];
  edges: { from: string; to: string; label?: string }[];
  titles: string[];
  annotations: string[];
}

/** Counts that add up over flows into recall, precision and F1. */
export interface FlowScore {
  nodesLabelled: number;
  nodesFound: number;
  edgesLabelled: number;
  edgesRead: number;
  edgesFound: number;
  lettersKept: boolean;
  missedNodes: string[];
  missedEdges: string[];
  extraEdges: string[];
}

/** The letters and digits of a text, lower-cased: the key two labels match on. */
export function letterKey(text: string): string {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).join('').toLowerCase();
}

// Pairs two lists by key as multisets: how many of `wanted` are in `got`, and which are not.
function matchMultiset(wanted: string[], got: string[]): { found: number; missed: string[]; extra: string[] } {
  const pool = new Map<string, number>();
  for (const key of got) pool.set(key, (pool.get(key) ?? 0) + 1);
  const missed: string[] = [];
  for (const key of wanted) {
    const left = pool.get(key) ?? 0;
    if (left > 0) pool.set(key, left - 1);
    else missed.push(key);
  }
  const extra = [...pool].flatMap(([key, n]) => Array<string>(n).fill(key));
  return { found: wanted.length - missed.length, missed, extra };
}

// Letters that draw rather than say: a "v" or "V" standing alone is an arrowhead.
function drawnLetters(source: string): string {
  return source.replace(/(^|\s)[vV](?=\s|$)/g, '$1');
}

/** Scores one flow; an unparsed block counts as a graph with nothing in it, since the view shows only its text. */
export function scoreFlow(source: string, label: FlowLabel, graph: ReaderGraph): FlowScore {
  const nodes = graph.parsed ? graph.nodes : [];
  const edges = graph.parsed ? graph.edges : [];
  const byId = new Map(nodes.map((n) => [n.id, letterKey(n.label)]));
  const nodeMatch = matchMultiset(label.nodes.map(letterKey), nodes.map((n) => letterKey(n.label)));
  const edgeKey = (from: string, to: string) => `${from} -> ${to}`;
  const edgeMatch = matchMultiset(
    label.edges.map(([from, to]) => edgeKey(letterKey(from), letterKey(to))),
    edges.map((e) => edgeKey(byId.get(e.from) ?? '?', byId.get(e.to) ?? '?')),
  );
  const kept = [...nodes.flatMap((n) => Array<string>(1 + (n.repeats ?? 0)).fill(n.label)), ...edges.map((e) => e.label ?? ''), ...graph.titles, ...graph.annotations];
  const lettersKept = graph.parsed && matchMultiset([...letterKey(drawnLetters(source))], [...letterKey(kept.join(' '))]).missed.length === 0;
  return {
    nodesLabelled: label.nodes.length,
    nodesFound: nodeMatch.found,
    edgesLabelled: label.edges.length,
    edgesRead: edges.length,
    edgesFound: edgeMatch.found,
    lettersKept,
    missedNodes: nodeMatch.missed,
    missedEdges: edgeMatch.missed,
    extraEdges: edgeMatch.extra,
  };
}

/** Totals of an audit: micro-averaged over every node and edge of every flow. */
export interface AuditTotals {
  flows: number;
  parsed: number;
  nodeRecall: number;
  edgePrecision: number;
  edgeRecall: number;
  edgeF1: number;
  lettersKeptShare: number;
}

/** Adds flow scores up into the audit's headline numbers. */
export function totalScores(scores: FlowScore[], parsed: number): AuditTotals {
  const sum = (pick: (s: FlowScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const edgePrecision = ratio(sum((s) => s.edgesFound), sum((s) => s.edgesRead));
  const edgeRecall = ratio(sum((s) => s.edgesFound), sum((s) => s.edgesLabelled));
  return {
    flows: scores.length,
    parsed,
    nodeRecall: ratio(sum((s) => s.nodesFound), sum((s) => s.nodesLabelled)),
    edgePrecision,
    edgeRecall,
    edgeF1: ratio(2 * edgePrecision * edgeRecall, edgePrecision + edgeRecall),
    lettersKeptShare: ratio(scores.filter((s) => s.lettersKept).length, scores.length),
  };
}

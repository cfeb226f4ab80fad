/**
 * The graph read from an architecture-flow block. Pure data: the parser writes it, the view and the
 * option matcher read it.
 */

/** A column counted in code points from the start of a line. */
export type CharCol = number & { readonly __space: 'char' };

/** A column counted in terminal cells from the start of a line: Hangul and other wide glyphs take two. */
export type DisplayCol = number & { readonly __space: 'display' };

/** Which of the two column spaces a diagram was lined up in. */
export type ColumnSpace = 'char' | 'display';

/** One box of the flow: its text and where the author drew it. */
export interface DiagramNode {
  id: string;
  /** The node's text; a label written over several lines is joined with single spaces, top to bottom. */
  label: string;
  /** 0-based line of the block where the node's text starts. */
  row: number;
  /** Column where the node's text starts, in the column space the diagram was read in. */
  col: number;
  /** Lines the node's text spans (1 for a one-line label). */
  rowSpan: number;
  /** Width of the node's widest line, in the same column space as `col`. */
  width: number;
  /** How many more times the same box is drawn on stacked rows below (they are this one node). */
  repeats?: number;
  /** The group node whose drawn box this node stands inside (a box drawn inside a larger titled box). */
  parent?: string;
}

/** A directed edge: "A → B" and "B ← A" are both from A to B. */
export interface DiagramEdge {
  from: string;
  to: string;
  /** Text written on or beside the arrow, such as "(Full Load)". */
  label?: string;
}

/** A line such as "기존 File 모드:" that names the chain below it rather than being a step. */
export interface DiagramTitle {
  text: string;
  row: number;
  /** Column where the title starts, in the diagram's column space. */
  col: number;
}

/** Text that belongs to no node and no edge: a caption under a chain, a note beside a box. */
export type DiagramAnnotation = DiagramTitle;

/** The result of reading a flow block. When `parsed` is false, show `source` as written. */
export interface Diagram {
  parsed: boolean;
  source: string;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  titles: DiagramTitle[];
  /** Text that is neither node, edge label nor title, top to bottom. */
  annotations: DiagramAnnotation[];
  /** The column space the author lined the drawing up in (the reading that fitted best). */
  space: ColumnSpace;
  /** Why the parser was not sure, in English, for tooling; empty when `parsed` is true. */
  problems: string[];
}

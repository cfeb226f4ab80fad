/**
 * The one glyph table of the reader: every box-drawing and arrow glyph, the sides it joins and where its
 * arrowheads point. Every pass asks this table; no other file lists glyphs.
 */

/** Compass sides a drawn line can leave a glyph by. */
export type Side = 'n' | 'e' | 's' | 'w';

/** How a connector glyph joins its neighbours: the sides it opens to and the side its arrowhead points at. */
export interface GlyphShape {
  ports: readonly Side[];
  head?: Side;
}

/** What a glyph draws: a box line or corner, an arrow (or arrowhead), or a shaft arrows are made of. */
type Role = 'box' | 'shaft' | 'arrow';

interface Entry extends GlyphShape {
  role: Role;
  /** Both ways ("↔"): a left/right or up/down arrow with a head at each end. */
  both?: true;
}

const H: readonly Side[] = ['w', 'e'];
const V: readonly Side[] = ['n', 's'];

function entries(chars: string, entry: Entry): [string, Entry][] {
  return [...chars].map((ch) => [ch, entry]);
}

const TABLE = new Map<string, Entry>([
  ...entries('─━═', { role: 'shaft', ports: H }),
  ...entries('│┃║', { role: 'box', ports: V }),
  ...entries('┌╭╔', { role: 'box', ports: ['e', 's'] }),
  ...entries('┐╮╗', { role: 'box', ports: ['w', 's'] }),
  ...entries('└╰╚', { role: 'box', ports: ['n', 'e'] }),
  ...entries('┘╯╝', { role: 'box', ports: ['n', 'w'] }),
  ...entries('├╠┣', { role: 'box', ports: ['n', 'e', 's'] }),
  ...entries('┤╣┫', { role: 'box', ports: ['n', 'w', 's'] }),
  ...entries('┬╦┳', { role: 'box', ports: ['e', 'w', 's'] }),
  ...entries('┴╩┻', { role: 'box', ports: ['e', 'w', 'n'] }),
  ...entries('┼╬╋', { role: 'box', ports: ['n', 'e', 's', 'w'] }),
  ...entries('┗', { role: 'box', ports: ['n', 'e'] }),
  ...entries('→⟶⇒➔➜➡▶►⇨➝➞⮕⟹', { role: 'arrow', ports: H, head: 'e' }),
  ...entries('←⟵⇐⬅◀◄⇦⟸', { role: 'arrow', ports: H, head: 'w' }),
  ...entries('↔⇔⟷⇄⇆', { role: 'arrow', ports: H, both: true }),
  ...entries('↓▼⇓⬇↙↘⇩', { role: 'arrow', ports: V, head: 's' }),
  ...entries('↑▲⇑⬆↗↖⇧', { role: 'arrow', ports: V, head: 'n' }),
  ...entries('↕⇕', { role: 'arrow', ports: V, both: true }),
]);

// ASCII stand-ins, only ever read as drawing on a line of arrows ("|" over "v").
const ASCII = new Map<string, GlyphShape>([['|', { ports: V }], ['v', { ports: V, head: 's' }], ['V', { ports: V, head: 's' }], ['^', { ports: V, head: 'n' }]]);

function charsWhere(test: (ch: string, entry: Entry) => boolean): Set<string> {
  return new Set([...TABLE].filter(([ch, entry]) => test(ch, entry)).map(([ch]) => ch));
}

const isSideways = (e: Entry) => e.ports.includes('e') && e.ports.includes('w') && e.ports.length === 2;

/** Glyphs that draw an arrow left or right (or both ways). */
export const H_HEADS = charsWhere((_, e) => e.role === 'arrow' && isSideways(e));

/** Glyphs that draw an arrow up or down (diagonals included). */
export const V_HEADS = charsWhere((_, e) => e.role === 'arrow' && e.ports.includes('n'));

/** Glyphs that draw a horizontal line an arrow can be made of. */
export const SHAFTS = charsWhere((_, e) => e.role === 'shaft');

/** Arrowheads pointing right, left, or both ways, as a left/right arrow's direction is read from them. */
export const SIDE_HEADS = {
  right: new Set([...charsWhere((_, e) => e.role === 'arrow' && e.head === 'e'), '>']),
  left: new Set([...charsWhere((_, e) => e.role === 'arrow' && e.head === 'w'), '<']),
  both: charsWhere((_, e) => e.role === 'arrow' && e.both === true && isSideways(e)),
};

/** The corners of a drawn box, by which corner they are. */
export const BOX_CORNERS = {
  topLeft: new Set(['┌', '╭', '╔']),
  topRight: new Set(['┐', '╮', '╗']),
  bottomLeft: new Set(['└', '╰', '╚']),
  bottomRight: new Set(['┘', '╯', '╝']),
};

/** Glyphs a box's walls are drawn with: its left wall, its other walls, and the joints of its edges. */
export const BOX_WALLS = {
  // "│ A │───▶ B │": an arrow drawn into a box may take the place of its left wall; "├" opens a separator.
  left: new Set(['│', '┃', '║', '▶', '►', '├', '╠']),
  inner: new Set(['│', '┃', '║', '┤', '╣', '┼', '╬']),
  joint: new Set(['┬', '┴', '┼', '╦', '╩', '╬']),
  split: new Set(['├', '╠']),
};

/** The glyphs a tree's branch starts with ("├── X", "└── Y"). */
export const BRANCHES = new Set(['├', '└', '┣', '┗']);

/** Whether a glyph may stand in a box's top or bottom edge: a shaft or a joint. */
export function isEdgeRun(ch: string): boolean {
  return SHAFTS.has(ch) || BOX_WALLS.joint.has(ch);
}

/** Whether a glyph is a box-drawing line, corner or junction. */
export function isBoxGlyph(ch: string): boolean {
  const role = TABLE.get(ch)?.role;
  return role === 'box' || role === 'shaft';
}

/** The sides and arrowhead of a connector glyph (ASCII stand-ins included), or undefined for text. */
export function shapeOf(ch: string): GlyphShape | undefined {
  const entry = TABLE.get(ch);
  if (entry) return entry.head ? { ports: entry.ports, head: entry.head } : { ports: entry.ports };
  return ASCII.get(ch);
}

/** Whether a glyph is a letter or digit: the text that must never be lost. */
export function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch);
}

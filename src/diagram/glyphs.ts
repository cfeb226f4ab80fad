/** Compass sides a drawn line can leave a glyph by. */
export type Side = 'n' | 'e' | 's' | 'w';

/** How a connector glyph joins its neighbours: the sides it opens to and the side its arrowhead points at. */
export interface GlyphShape {
  ports: readonly Side[];
  head?: Side;
}

const box: Record<string, readonly Side[]> = {
  '─': ['e', 'w'], '━': ['e', 'w'], '═': ['e', 'w'],
  '│': ['n', 's'], '┃': ['n', 's'], '║': ['n', 's'],
  '┌': ['e', 's'], '╭': ['e', 's'], '╔': ['e', 's'],
  '┐': ['w', 's'], '╮': ['w', 's'], '╗': ['w', 's'],
  '└': ['n', 'e'], '╰': ['n', 'e'], '╚': ['n', 'e'],
  '┘': ['n', 'w'], '╯': ['n', 'w'], '╝': ['n', 'w'],
  '├': ['n', 'e', 's'], '╠': ['n', 'e', 's'],
  '┤': ['n', 'w', 's'], '╣': ['n', 'w', 's'],
  '┬': ['e', 'w', 's'], '╦': ['e', 'w', 's'],
  '┴': ['e', 'w', 'n'], '╩': ['e', 'w', 'n'],
  '┼': ['n', 'e', 's', 'w'], '╬': ['n', 'e', 's', 'w'],
};

const heads: Record<string, GlyphShape> = {
  '→': { ports: ['w', 'e'], head: 'e' }, '⟶': { ports: ['w', 'e'], head: 'e' },
  '⇒': { ports: ['w', 'e'], head: 'e' }, '➔': { ports: ['w', 'e'], head: 'e' },
  '➜': { ports: ['w', 'e'], head: 'e' }, '➡': { ports: ['w', 'e'], head: 'e' },
  '▶': { ports: ['w', 'e'], head: 'e' }, '►': { ports: ['w', 'e'], head: 'e' },
  '⇨': { ports: ['w', 'e'], head: 'e' }, '➝': { ports: ['w', 'e'], head: 'e' },
  '➞': { ports: ['w', 'e'], head: 'e' }, '⮕': { ports: ['w', 'e'], head: 'e' }, '⟹': { ports: ['w', 'e'], head: 'e' },
  '⇦': { ports: ['w', 'e'], head: 'w' }, '⟸': { ports: ['w', 'e'], head: 'w' },
  '⇩': { ports: ['n', 's'], head: 's' }, '⇧': { ports: ['n', 's'], head: 'n' },
  '←': { ports: ['w', 'e'], head: 'w' }, '⟵': { ports: ['w', 'e'], head: 'w' },
  '⇐': { ports: ['w', 'e'], head: 'w' }, '⬅': { ports: ['w', 'e'], head: 'w' },
  '◀': { ports: ['w', 'e'], head: 'w' }, '◄': { ports: ['w', 'e'], head: 'w' },
  '↓': { ports: ['n', 's'], head: 's' }, '▼': { ports: ['n', 's'], head: 's' },
  '⇓': { ports: ['n', 's'], head: 's' }, '⬇': { ports: ['n', 's'], head: 's' },
  '↙': { ports: ['n', 's'], head: 's' }, '↘': { ports: ['n', 's'], head: 's' },
  '↑': { ports: ['n', 's'], head: 'n' }, '▲': { ports: ['n', 's'], head: 'n' },
  '⇑': { ports: ['n', 's'], head: 'n' }, '⬆': { ports: ['n', 's'], head: 'n' },
  '↗': { ports: ['n', 's'], head: 'n' }, '↖': { ports: ['n', 's'], head: 'n' },
};

/** Glyphs that draw an arrow left or right (or both ways). */
export const H_HEADS = new Set([
  '→', '⟶', '⇒', '➔', '➜', '➡', '▶', '►', '⇨', '➝', '➞', '⮕', '⟹',
  '←', '⟵', '⇐', '⬅', '◀', '◄', '⇦', '⟸', '↔', '⇔', '⟷', '⇄', '⇆',
]);

/** Glyphs that draw an arrow up or down. */
export const V_HEADS = new Set(['↓', '▼', '⇓', '⬇', '↙', '↘', '⇩', '↑', '▲', '⇑', '⬆', '↗', '↖', '⇧', '↕', '⇕']);

/** Glyphs that draw a horizontal line an arrow can be made of. */
export const SHAFTS = new Set(['─', '━', '═']);

/** Whether a glyph is a box-drawing line, corner or junction. */
export function isBoxGlyph(ch: string): boolean {
  return ch in box;
}

/** The sides and arrowhead of a connector glyph, or undefined for text. */
export function shapeOf(ch: string): GlyphShape | undefined {
  const ports = box[ch];
  if (ports) return { ports };
  if (ch === '↕' || ch === '⇕') return { ports: ['n', 's'] };
  if (ch === '↔' || ch === '⇔' || ch === '⟷' || ch === '⇄' || ch === '⇆') return { ports: ['w', 'e'] };
  if (ch === '|') return { ports: ['n', 's'] };
  if (ch === 'v' || ch === 'V') return { ports: ['n', 's'], head: 's' };
  if (ch === '^') return { ports: ['n', 's'], head: 'n' };
  return heads[ch];
}

/** Whether a glyph is a letter or digit: the text that must never be lost. */
export function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch);
}

import type { Element, ElementContent } from 'hast';
import { measureLine } from '../../diagram/measure.ts';
import type { Pie } from './mermaid-pie.ts';

// Pixels in the viewBox; the figure scales to the column (max-width: 100%).
const RADIUS = 90;
const FONT = 14;
const ROW = 24;
const GAP = 28;
// The palette's length in obsidian.css (.chart-color-0 … -7): slices past it reuse its colours in order.
const COLOURS = 8;

const round = (n: number) => Math.round(n * 100) / 100;
// The build has no text layout: a narrow glyph is taken as 0.65 em and a wide one (Hangul) as 1.1 em, a
// little over most fonts' widths, so the legend is never cut.
const textWidth = (text: string) => measureLine(text).reduce((sum, glyph) => sum + (glyph.width === 2 ? 1.1 : 0.65) * FONT, 0);
const percent = (share: number) => `${round(share * 100).toFixed(1).replace(/\.0$/, '')}%`;

/**
 * Draws a pie chart as SVG with no style: slices and legend swatches carry a `chart-color-N` class and text a
 * class of its own, so the stylesheet colours them for the theme. The legend repeats every label with its share
 * (and its value with `showData`), so no reader depends on telling colours apart.
 */
export function pieSvg(pie: Pie): Element {
  const total = pie.slices.reduce((sum, slice) => sum + slice.value, 0);
  const rows = pie.slices.map((slice) => `${slice.label} ${percent(slice.value / total)}${pie.showData ? ` (${slice.value})` : ''}`);
  const top = pie.title ? ROW + 8 : 0;
  const legendX = 2 * RADIUS + GAP;
  const width = Math.ceil(legendX + 12 + 8 + Math.max(...rows.map(textWidth)));
  const height = Math.max(2 * RADIUS, rows.length * ROW) + top;
  const cx = RADIUS;
  const cy = top + RADIUS;
  const children: ElementContent[] = [];
  if (pie.title) children.push(h('text', { x: 0, y: FONT + 2, className: ['pie-title'] }, pie.title));
  let angle = 0;
  for (const [index, slice] of pie.slices.entries()) {
    const colour = [`chart-color-${index % COLOURS}`];
    const share = slice.value / total;
    if (share >= 1) children.push(h('circle', { cx, cy, r: RADIUS, className: ['pie-slice', ...colour] }));
    else if (share > 0) children.push(h('path', { d: arc(cx, cy, angle, angle + share * 2 * Math.PI), className: ['pie-slice', ...colour] }));
    angle += share * 2 * Math.PI;
    const y = top + index * ROW;
    children.push(h('rect', { x: legendX, y: y + 5, width: 12, height: 12, rx: 2, className: ['pie-swatch', ...colour] }));
    children.push(h('text', { x: legendX + 20, y: y + 16, className: ['pie-label'] }, rows[index]!));
  }
  const name = [pie.title, rows.join(', ')].filter(Boolean).join(': ');
  return h('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', ariaLabel: name, className: ['pie-chart'] }, children);
}

/** The path of a slice from angle `a0` to `a1` (radians, clockwise from twelve o'clock). */
function arc(cx: number, cy: number, a0: number, a1: number): string {
  const point = (a: number) => `${round(cx + RADIUS * Math.sin(a))} ${round(cy - RADIUS * Math.cos(a))}`;
  const large = a1 - a0 > Math.PI ? 1 : 0;
  return `M${cx} ${cy}L${point(a0)}A${RADIUS} ${RADIUS} 0 ${large} 1 ${point(a1)}Z`;
}

function h(tagName: string, properties: Record<string, string | number | string[]>, content: string | ElementContent[] = []): Element {
  // Numbers are written as attributes are: hast's properties type takes them as text.
  const written = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, typeof value === 'number' ? String(value) : value]));
  return { type: 'element', tagName, properties: written, children: typeof content === 'string' ? [{ type: 'text', value: content }] : content };
}

import { renderMermaidSVG } from 'beautiful-mermaid';
import type { Element, ElementContent, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { createHash } from 'node:crypto';
import { parsePie } from './mermaid-pie.ts';
import { readMermaidSource } from './mermaid-source.ts';
import { pieSvg } from './pie-svg.ts';

/**
 * A ```mermaid block drawn at build time, or why it could not be: `supported: false` for a kind no drawer
 * knows (gantt, mindmap…), else the drawer's reason (a broken line in a flowchart).
 */
export type MermaidResult =
  | { ok: true; svg: Element; title: string | null }
  | { ok: false; kind: string; supported: boolean; reason: string };

// The kinds beautiful-mermaid draws (its parser's headers); pie is drawn here (pie-svg.ts).
const DRAWN_BY_LIBRARY = new Set(['graph', 'flowchart', 'statediagram', 'statediagram-v2', 'sequencediagram', 'classdiagram', 'erdiagram', 'xychart', 'xychart-beta']);
// The elements a drawn diagram is made of; anything else (and every event handler or style) is dropped, so
// the page needs no inline style (the CSP has no 'unsafe-inline') and nothing a label holds can run.
const SVG_ELEMENTS = new Set(['svg', 'g', 'defs', 'marker', 'polygon', 'polyline', 'path', 'rect', 'circle', 'ellipse', 'line', 'text', 'tspan', 'title', 'desc']);
// data-* attributes only repeat the labels (the renderer's own hooks), so they go too.
const DROPPED_PROPERTIES = /^(style|on.*|href|xLinkHref|data[A-Z].*)$/i;
// A note and its embeds, or a vault's repeated snippet, draw the same source: the check and the render share it.
const drawn = new Map<string, MermaidResult>();

/**
 * Draws Mermaid source as an SVG element with no `<style>`, no style attribute and ids unique to the source,
 * so two diagrams on one page keep their own markers. Colours and fonts come from the app's stylesheet
 * (obsidian.css), so the diagram follows the theme.
 */
export function drawMermaid(source: string): MermaidResult {
  let result = drawn.get(source);
  if (!result) {
    result = draw(source, `m${createHash('sha256').update(source).digest('hex').slice(0, 8)}-`);
    if (drawn.size > 1_000) drawn.clear();
    drawn.set(source, result);
  }
  // Callers splice the element into their own tree: each gets a copy.
  return result.ok ? { ...result, svg: structuredClone(result.svg) } : result;
}

function draw(source: string, idPrefix: string): MermaidResult {
  const { kind, text, title } = readMermaidSource(source);
  if (kind === 'pie') {
    const pie = parsePie(text);
    return pie.ok ? { ok: true, svg: pieSvg(pie.pie), title } : { ok: false, kind, supported: true, reason: pie.reason };
  }
  if (!DRAWN_BY_LIBRARY.has(kind)) return { ok: false, kind: kind || 'empty', supported: false, reason: 'no drawer for this kind' };
  let markup: string;
  try {
    markup = renderMermaidSVG(text);
  } catch (error) {
    return { ok: false, kind, supported: true, reason: error instanceof Error ? error.message : String(error) };
  }
  const svg = fromHtml(markup, { fragment: true, space: 'svg' }).children.find((node): node is Element => node.type === 'element' && node.tagName === 'svg');
  if (!svg) return { ok: false, kind, supported: true, reason: 'the renderer returned no SVG' };
  clean(svg, idPrefix);
  const labels = [...new Set(collectText(svg))];
  svg.properties = { ...svg.properties, role: 'img', ariaLabel: labels.join(', ') || kind };
  return { ok: true, svg, title };
}

function clean(element: Element, idPrefix: string): void {
  for (const key of Object.keys(element.properties)) {
    if (DROPPED_PROPERTIES.test(key)) delete element.properties[key];
    const value = element.properties[key];
    if (key === 'id' && typeof value === 'string') element.properties[key] = `${idPrefix}${value}`;
    else if (typeof value === 'string' && value.includes('url(#')) element.properties[key] = value.replace(/url\(#/g, `url(#${idPrefix}`);
  }
  const isText = element.tagName === 'text' || element.tagName === 'tspan' || element.tagName === 'title';
  // Layout whitespace between shapes is only bytes; a label's own spaces stay.
  element.children = element.children.filter((child): child is ElementContent =>
    (child.type === 'text' && (isText || child.value.trim() !== '')) || (child.type === 'element' && SVG_ELEMENTS.has(child.tagName) && !isGridDot(child)));
  for (const child of element.children) if (child.type === 'element') clean(child, idPrefix);
}

// An xychart's background is hundreds of dots (about 40 kB of HTML per chart); the axes' labels carry the values.
const isGridDot = (element: Element) => element.tagName === 'circle' && ((element.properties.className as string[] | undefined) ?? []).includes('xychart-grid');

function collectText(node: Nodes): string[] {
  if (node.type === 'element' && node.tagName === 'text') return [toText(node).trim()].filter(Boolean);
  return 'children' in node ? node.children.flatMap(collectText) : [];
}

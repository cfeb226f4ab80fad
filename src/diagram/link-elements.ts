import type { Item, Layout } from './build-cells.ts';
import type { Side } from './glyphs.ts';
import { range, spread, type Col } from './measure.ts';
import { pairArrowRows } from './pair-arrow-rows.ts';
import { rejoinSources } from './rejoin.ts';
import { readGroups, type CellEdge, type Terminal } from './read-groups.ts';
import { LOOSE, MAX_SCAN, scanVertical } from './scan-vertical.ts';
import { snakeSource } from './snake-row.ts';
import { treeConnector } from './tree-root.ts';
import type { ColumnSpace } from './types.ts';

/** Edges read from the arrows and wiring, what could not be read, and how loosely arrows lined up. */
export interface Links {
  edges: CellEdge[];
  problems: string[];
  /** Sum of the column distances at which vertical arrows found their ends: lower fits better. */
  misfit: number;
}

const OPEN_CORNERS = '┌╭╔';
const TOP_CORNERS = '┌╭';
const CLOSE_CORNERS = '┘╯╝';

/** Joins elements into connected drawings and reads each drawing's ends as edges between cells. */
export function linkElements<S extends ColumnSpace>(layout: Layout, owner: readonly number[], space: S): Links {
  const { elements, lines } = layout;
  const parent = elements.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const union = (a: number, b: number) => void (parent[find(a)] = find(b));
  const terminals: Terminal[][] = elements.map(() => []);
  const partners = joinedPairs(layout, space);
  const touch = (e: number, item: Item | undefined, side: Side): boolean => {
    if (!item) return false;
    if ('element' in item) union(e, item.element);
    else {
      const partner = partners.get(item.cell);
      const el = elements[e];
      // An up/down arrow into (or out of) one of two boxes joined by "+" reaches both.
      if (partner && el?.ports.includes('n') && !el.ports.includes('e')) {
        partners.delete(item.cell);
        touch(e, partner, side);
        partners.set(item.cell, partner);
      }
      const heads = elements[e]?.heads ?? [];
      const label = elements[e]?.label;
      terminals[e]?.push({ cell: owner[item.cell] ?? item.cell, side, head: heads.includes(side), tail: heads.length > 0 && !heads.includes(side), ...(label ? { label } : {}) });
    }
    return true;
  };
  let misfit = 0;
  // How far an arrow lands off the whole box it reaches, every line of its label counted: a caption one
  // column off under "Location" ("Service") is still under the box "Location Service".
  const extent = new Map<number, [Col<S>, Col<S>]>();
  layout.cells.forEach((cell, i) => {
    const root = owner[i] ?? i;
    for (const part of cell.parts) {
      const [a, b] = range(part.span, space);
      const [lo, hi] = extent.get(root) ?? [a, b];
      extent.set(root, [spread(lo, a).min, spread(hi, b).max]);
    }
  });
  const offBox = (item: Item, x: Col<S>): number => {
    const [a, b] = ('cell' in item && extent.get(owner[item.cell] ?? item.cell)) || [x, x + 1];
    return x < a ? a - x : x >= b ? x - b + 1 : 0;
  };
  const position = new Map<number, { row: number; index: number }>();
  lines.forEach((items, row) => items.forEach((item, index) => 'element' in item && position.set(item.element, { row, index })));

  const paired = pairArrowRows(layout);
  elements.forEach((el, e) => {
    const at = position.get(e);
    if (!at) return;
    const items = lines[at.row] ?? [];
    const x = range(el.span, space)[0];
    let start: Col<S> | undefined;
    if (el.own !== undefined) {
      touch(e, { span: el.span, cell: el.own }, 's');
      touch(e, scanVertical(lines, elements, at.row, x, -1, space, true)?.item, 'n');
      return;
    }
    for (const side of el.ports) {
      const byOrder = side === 'n' || side === 's' ? paired.get(e)?.[side] : undefined;
      if (byOrder) {
        touch(e, byOrder, side);
        start = range(byOrder.span, space)[0];
        continue;
      }
      if (side === 'w' && !touch(e, pastSpine(items[at.index - 1], at.row), 'w') && el.arrow) touch(e, leadingSource(lines, at.row, x), 'w');
      if (side === 'e' && !touch(e, pastSpine(items[at.index + 1], at.row), 'e') && el.arrow) touch(e, lines[nextBusy(lines, at.row, 1)]?.[0], 'e');
      // A feeder ("Input ↗") joins the arrow (or the feeder) drawn right above its tip.
      const tip = (side === 'n' || side === 's') && el.ports.includes('w') ? feederTip(at.row, x, side === 's' ? 1 : -1) : undefined;
      if (tip) {
        touch(e, tip, side);
        continue;
      }
      if (side === 'n' || side === 's') {
        const tail = el.heads.length > 0 && !el.heads.includes(side);
        const hit = scanVertical(lines, elements, at.row, x, side === 's' ? 1 : -1, space, el.arrow, start, tail);
        if (hit) {
          misfit += Math.min(hit.distance, offBox(hit.item, x));
          const rejoined = el.arrow && tail && side === 'n' ? rejoinSources(layout, at.row, hit.item, x, space) : null;
          if (rejoined) {
            for (const end of rejoined) touch(e, end, side);
            continue;
          }
          const item = (el.arrow && tail && side === 'n' && (treeConnector(layout, at.row, hit.item, x, space) ?? snakeSource(layout, at.row, hit.item, space))) || hit.item;
          touch(e, item, side);
          if ('cell' in item) start = range(item.span, space)[0];
        } else misfit += LOOSE * 2;
      }
    }
    // A bracket of choices ("┌─ A", "├─ B", "└─ C") is fed by the arrow just above its corner.
    if (el.ch && TOP_CORNERS.includes(el.ch)) {
      const feeder = lines[nextBusy(lines, at.row, -1)]?.find(
        (i) => 'element' in i && elements[i.element]?.heads.includes('s') && Math.abs(range(i.span, space)[0] - x) <= LOOSE,
      );
      if (feeder && 'element' in feeder) union(e, feeder.element);
    }
  });

  function feederTip(row: number, x: Col<S>, step: 1 | -1): Item | undefined {
    const items = lines[row + step] ?? [];
    return items.find((i) => 'element' in i && elements[i.element]?.arrow && Math.abs(range(i.span, space)[0] - x) <= 1);
  }

  // A side arrow drawn into a down arrow ("↓  ← 4 vCPU") points at the box that arrow leaves from.
  function pastSpine(item: Item | undefined, row: number): Item | undefined {
    if (!item || !('element' in item)) return item;
    const el = elements[item.element];
    if (!el?.arrow || !el.ports.includes('n') || !el.heads.includes('s')) return item;
    return scanVertical(lines, elements, row, range(el.span, space)[0], -1, space, true)?.item ?? item;
  }

  function leadingSource(all: readonly Item[][], row: number, x: Col<S>): Item | undefined {
    // "→ X" under "A → Y" fans out from A; "→ X" at the start of a line continues the line above.
    // A fan-out is indented under its arrow; an arrow starting the line continues the line above.
    for (let r = row - 1; x > 1 && r >= Math.max(0, row - MAX_SCAN); r--) {
      const same = all[r]?.find((i) => 'element' in i && elements[i.element]?.arrow && Math.abs(range(i.span, space)[0] - x) <= 2);
      if (same) return same;
    }
    const prev = all[nextBusy(all, row, -1)];
    const last = prev?.[prev.length - 1];
    return last && 'cell' in last ? last : undefined;
  }

  const corners = new Map<number, number>();
  elements.forEach((el, e) => {
    const bit = el.ch && OPEN_CORNERS.includes(el.ch) ? 1 : el.ch && CLOSE_CORNERS.includes(el.ch) ? 2 : 0;
    if (bit) corners.set(find(e), (corners.get(find(e)) ?? 0) | bit);
  });
  const unreadBoxes = [...corners.values()].filter((v) => v === 3).length;
  const groups = new Map<number, Terminal[]>();
  const labels = new Map<number, string[]>();
  elements.forEach((el, e) => {
    const root = find(e);
    const group = groups.get(root) ?? [];
    if (group.length === 0) groups.set(root, group);
    for (const t of terminals[e] ?? []) group.push(t);
    if (el.label) {
      const list = labels.get(root) ?? [];
      if (list.length === 0) labels.set(root, list);
      list.push(el.label);
    }
  });
  const read = readGroups(groups, labels);
  // Wiring with both a "┌" and a "┘" is a box whose walls did not line up: too unsure to draw.
  if (unreadBoxes > 0) read.problems.push('a box whose walls do not line up');
  return { ...read, misfit };
}

function nextBusy(lines: readonly Item[][], row: number, step: 1 | -1): number {
  for (let r = row + step, k = 0; r >= 0 && r < lines.length && k < MAX_SCAN; r += step, k++) {
    if ((lines[r] ?? []).length > 0) return r;
  }
  return -1;
}

// Pairs the boxes right above and below each "+" line, both ways.
function joinedPairs<S extends ColumnSpace>(layout: Layout, space: S): Map<number, Item> {
  const pairs = new Map<number, Item>();
  for (const e of layout.joiners) {
    const el = layout.elements[e];
    if (!el) continue;
    const x = range(el.span, space)[0];
    const up = scanVertical(layout.lines, layout.elements, el.row, x, -1, space, true)?.item;
    const down = scanVertical(layout.lines, layout.elements, el.row, x, 1, space, true)?.item;
    if (up && down && 'cell' in up && 'cell' in down) {
      pairs.set(up.cell, down);
      pairs.set(down.cell, up);
    }
  }
  return pairs;
}

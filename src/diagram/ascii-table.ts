import { measureLine } from './measure.ts';

/**
 * Tables drawn in ASCII (a confusion matrix, a comparison grid) are not flows, even with an arrow beside
 * them: they are shown as written. A table is text laid out in a grid of rows and columns.
 */

// "├───┼───┤", "+---+---+", "|---|:--|": a line that separates table rows.
const ROW_RULE = /^\s*[├╠+|][─━═\-:]+([┼╬+|][─━═\-:]+)+[┤╣+|]\s*$/u;
// "| a | b |" or "│ a │ b │": a row of cells between bars.
const BARRED_ROW = /^\s*[|│┃║][^|│┃║]+([|│┃║][^|│┃║]+)+[|│┃║]\s*$/u;
const ARROWS = /[→←↓↑↔⇒⇐▶◀▼▲↗↘↙↖]|-->|->|<-|=>/u;
// Columns of a word grid may drift this much line to line: authors line cells up by eye.
const DRIFT = 1;
// A grid needs this many lines in a row sharing this many column starts.
const GRID_LINES = 3;
const GRID_COLUMNS = 2;

/** A word's start column (display) and whether two or more blanks come before it: a cell's gap. */
interface Start {
  col: number;
  gapped: boolean;
}

// Where each word of a line starts, in display columns, a list's bullet blanked out ("- 회전" is one cell).
function wordStarts(line: string): Start[] {
  const starts: Start[] = [];
  let blanks = 0;
  for (const g of measureLine(line.replace(/^(\s*)(?:[-*•]|\d{1,2}[.)])\s/u, (m) => ' '.repeat(m.length)))) {
    if (g.ch === ' ') blanks += 1;
    else {
      if (blanks > 0 || g.display === 0) starts.push({ col: g.display, gapped: blanks >= 2 });
      blanks = 0;
    }
  }
  return starts;
}

// The columns every line starts a word in (within DRIFT), each gapped by two blanks on some line.
function sharedColumns(lines: readonly string[]): number {
  const all = lines.map(wordStarts);
  const first = all[0] ?? [];
  return first.filter((start) => {
    const matches = all.map((starts) => starts.find((s) => Math.abs(s.col - start.col) <= DRIFT));
    return start.col > 0 && matches.every((m) => m !== undefined) && matches.some((m) => m?.gapped);
  }).length;
}

const WIRING = /[─━═│┃║┌┐└┘├┤┬┴┼╭╮╰╯]/u;
const ARROW_LINE = /^[\s|vV^]+$/u;

// Lines that may be a table's rows: no wiring, at most one arrow (a note beside a row), not blank.
function runs(lines: readonly string[]): string[][] {
  const out: string[][] = [];
  let run: string[] = [];
  let arrows = 0;
  let hangs = false;
  const close = () => {
    // Text hanging under a row of arrows is the notes of that row's boxes, not a table.
    if (!hangs) out.push(run);
    run = [];
    arrows = 0;
  };
  for (const line of lines) {
    const arrow = ARROWS.test(line);
    // A line of only arrows ("↓", "|", "v") leads into the text under it.
    const drawn = WIRING.test(line) || ARROW_LINE.test(line) || (arrow && (line.split(ARROWS)[0] ?? '').trim() === '');
    if (line.trim() === '' || drawn || (arrow && arrows > 0)) {
      close();
      hangs = drawn || arrow;
      continue;
    }
    if (arrow) arrows += 1;
    run.push(line.split(ARROWS)[0] ?? '');
  }
  close();
  return out;
}

// GRID_LINES lines one after another whose words start in at least GRID_COLUMNS shared columns past the
// row headers: "      P    N" over "예측 P [TP] [FP]  ← Precision" over "   N [FN] [TN]". A flow's lines
// carry arrows; a tree's, wiring.
function wordGrid(lines: readonly string[]): boolean {
  return runs(lines).some((run) => {
    for (let i = 0; i + GRID_LINES <= run.length; i++) {
      const window = run.slice(i, i + GRID_LINES);
      if (window.some((line) => line.trim() === '')) continue;
      if (sharedColumns(window) >= GRID_COLUMNS) return true;
    }
    return false;
  });
}

// "┌──┬──┐", "└──┴──┘", "+--+--+": a ruled grid's top or bottom edge.
const GRID_EDGE = /^\s*[┌└╔╚+][─━═┬┴╦╩+-]+[┐┘╗╝+]\s*$/u;
// "A → B": an arrow with words on both sides.
const ARROW_BETWEEN = /[\p{L}\p{N}][^→←⇒⇐]*(?:[→←⇒⇐]|-->|->|<-|=>)\s*[^\s]/u;

// A ruled table drawn as one step of a flow: outside the grid's own lines, an arrow joins words.
function flowsAround(lines: readonly string[]): boolean {
  const outside = lines.filter((line) => !ROW_RULE.test(line) && !BARRED_ROW.test(line) && !GRID_EDGE.test(line));
  // A row's note ("│ a │ b │ ← 주의") stays the table's: only a line with no walls can draw the flow.
  return outside.some((line) => ARROW_BETWEEN.test(line) && !/[│┃║|]/u.test(line));
}

/** Whether a block draws a table (ruled rows, barred cells, or words in a grid) rather than a flow. */
export function drawsTable(source: string): boolean {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const rules = lines.filter((line) => ROW_RULE.test(line)).length;
  const barred = lines.filter((line) => BARRED_ROW.test(line) && !ARROWS.test(line)).length;
  if (rules >= 1 && barred >= 2) return !flowsAround(lines);
  return wordGrid(lines);
}

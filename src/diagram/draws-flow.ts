import { drawsTable } from './ascii-table.ts';
import { BRANCHES, SHAFTS } from './glyphs.ts';
import { lexLine, type Token } from './lex-line.ts';
import { refineTokens } from './refine-tokens.ts';

// Past this many lines a block is read by its first ones only: deciding whether it draws is cheap.
const LOOK_LINES = 400;

// "├── X": a branch glyph, a run of line, then words; a table's "├───┼───┤" leads to no words.
function leadsToText(tokens: readonly Token[], i: number): boolean {
  let j = i + 1;
  while (tokens[j]?.kind === 'wire' && SHAFTS.has((tokens[j] as { ch: string }).ch)) j++;
  return tokens[j]?.kind === 'text';
}

// "GW ────┼──── Tunnel": a line of wiring running from one word to another joins them.
function joinsWords(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.kind !== 'text' || tokens[i]?.kind !== 'wire') return false;
  let shafts = 0;
  let j = i;
  for (; tokens[j]?.kind === 'wire'; j++) if (SHAFTS.has((tokens[j] as { ch: string }).ch)) shafts++;
  return shafts >= 2 && tokens[j]?.kind === 'text';
}

/**
 * Whether an unlabelled code block draws a flow: an arrow between words ("A → B", "↓" between lines,
 * "-->") or a tree's branches ("├── X"). Tables drawn in ASCII (even with a note arrow), formulas and listings do not.
 */
export function drawsFlow(source: string): boolean {
  // A table with an arrow beside a row is still a table: shown as written, never as scrambled boxes.
  if (drawsTable(source)) return false;
  let words = 0;
  let drawn = false;
  for (const line of source.replace(/\r\n?/g, '\n').split('\n').slice(0, LOOK_LINES)) {
    if (line.length > 4000) continue;
    const tokens = refineTokens(lexLine(line).tokens);
    tokens.forEach((t, i) => {
      if (t.kind === 'text') words += 1;
      else if (t.kind === 'arrow' && t.dir !== 'none') drawn = true;
      else if (t.kind === 'arrow' && tokens[i - 1]?.kind === 'text' && tokens[i + 1]?.kind === 'text') drawn = true;
      else if (joinsWords(tokens, i)) drawn = true;
      else if (t.kind === 'wire' && (t.shape.head !== undefined || (BRANCHES.has(t.ch) && leadsToText(tokens, i)))) drawn = true;
    });
    if (drawn && words >= 2) return true;
  }
  return false;
}

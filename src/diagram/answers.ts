import type { Layout } from './build-cells.ts';
import type { CellEdge } from './read-groups.ts';

// "YES", "(아니오)", "No:": an answer word standing where a box would on a decision's arrow.
const WORD = /^[([]?(?:yes|no|true|false|예|아니오|아니요|네)[)\]]?[:：]?$/iu;
// "✓", "✗ 거절": a check or cross mark, with at most one word after it.
const MARK = /^[✓✔✗✘❌⭕☑☒]\uFE0F?(?:\s+[^\s]+)?$/u;

/** Whether a cell's text is an answer to a decision ("YES", "아니오", "✓ 승인"), written on its arrow. */
export function isAnswer(text: string): boolean {
  const t = text.trim();
  return WORD.test(t) || MARK.test(t);
}

/**
 * A decision's answers are labels on its arrows, not steps: "Q? → YES → A" and "├─ 아니오 → B" under "Q?"
 * read Q? to A labelled YES and Q? to B labelled 아니오. Every answer with arrows both into and out of it
 * is folded into the edges through it; returns the edges and the folded cells (no longer nodes).
 */
export function foldAnswers(layout: Layout, owner: readonly number[], edges: readonly CellEdge[]): { edges: CellEdge[]; folded: Set<number> } {
  const text = new Map<number, string[]>();
  owner.forEach((root, cell) => {
    const parts = layout.cells[cell]?.parts ?? [];
    text.set(root, [...(text.get(root) ?? []), ...parts.map((p) => p.text)]);
  });
  let out = [...edges];
  const folded = new Set<number>();
  for (const [root, texts] of text) {
    const answer = texts.join(' ').trim();
    if (!isAnswer(answer)) continue;
    const into = out.filter((e) => e.to === root && e.from !== root);
    const from = out.filter((e) => e.from === root && e.to !== root);
    if (into.length === 0 || from.length === 0) continue;
    folded.add(root);
    out = out.filter((e) => e.to !== root && e.from !== root);
    for (const a of into) {
      for (const b of from) {
        const label = [a.label, answer, b.label].filter((l) => l !== undefined && l !== '').join(' ');
        out.push({ from: a.from, to: b.to, label });
      }
    }
  }
  return { edges: out, folded };
}

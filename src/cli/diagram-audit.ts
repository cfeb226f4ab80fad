/**
 * `npm run diagram:audit -- DIR [--verbose] [--unseen | --own]`: reads the hand-labelled flows of labels.json (or,
 * with --unseen, of labels-unseen.json: flows labelled after the reader was tuned, never tuned against; with
 * --own, of labels-own.json: flows drawn for the audit in own-flows.md, read from beside the labels)
 * from the vault at DIR with the diagram reader and prints node recall, edge precision, recall and F1, and
 * the share of blocks whose every letter is kept. With --verbose, lists what each flow missed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drawsFlow } from '../diagram/draws-flow';
import { parseDiagram } from '../diagram/parse-diagram';
import { scoreFlow, totalScores, type FlowLabel, type ReaderGraph } from './diagram-audit/score-flow';

const HERE = path.dirname(fileURLToPath(import.meta.url));

// The text between the fence that opens on `line` (1-based) and the fence that closes it.
function blockAt(markdown: string, line: number): string | null {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const fence = /^\s*(`{3,}|~{3,})/.exec(lines[line - 1] ?? '')?.[1];
  if (!fence) return null;
  const end = lines.findIndex((text, i) => i >= line && text.trim().startsWith(fence));
  return lines.slice(line, end < 0 ? lines.length : end).join('\n');
}

// A block the app does not take for a flow (a table) is shown as written: for the audit, nothing parsed.
function toGraph(source: string): ReaderGraph {
  if (!drawsFlow(source)) return { parsed: false, nodes: [], edges: [], titles: [], annotations: [] };
  const diagram = parseDiagram(source);
  const titles: unknown[] = diagram.titles;
  const annotations: unknown[] = (diagram as { annotations?: unknown[] }).annotations ?? [];
  const text = (t: unknown) => (typeof t === 'string' ? t : (t as { text: string }).text);
  return { parsed: diagram.parsed, nodes: diagram.nodes, edges: diagram.edges, titles: titles.map(text), annotations: annotations.map(text) };
}

async function main(): Promise<void> {
  const own = process.argv.includes('--own');
  const given = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  if (!given && !own) throw new Error('usage: diagram-audit DIR [--verbose] [--unseen | --own]');
  const verbose = process.argv.includes('--verbose');
  const set = own ? 'labels-own.json' : process.argv.includes('--unseen') ? 'labels-unseen.json' : 'labels.json';
  const labels = path.join(HERE, 'diagram-audit', set);
  // A label set with "vault": "." names files beside itself (drawn for the audit) instead of in DIR.
  const { flows, vault } = JSON.parse(await readFile(labels, 'utf8')) as { flows: FlowLabel[]; vault?: string };
  const dir = vault === undefined ? (given ?? '') : path.resolve(path.dirname(labels), vault);
  const scores = [];
  let parsed = 0;
  let tables = 0;
  let tablesShown = 0;
  for (const label of flows) {
    const source = blockAt(await readFile(path.join(dir, label.file), 'utf8'), label.line);
    if (source === null) throw new Error(`${label.file}:${label.line}: no fenced block opens here`);
    const graph = toGraph(source);
    // A table must be shown as written, not drawn as a flow; it counts apart from the flows' scores.
    if (label.shape === 'table') {
      tables += 1;
      if (!graph.parsed) tablesShown += 1;
      if (verbose) console.log(`${label.file}:${label.line} (table) shown as written: ${!graph.parsed}`);
      continue;
    }
    if (graph.parsed) parsed += 1;
    const score = scoreFlow(source, label, graph);
    scores.push(score);
    if (verbose) {
      console.log(`${label.file}:${label.line} (${label.shape}) parsed=${graph.parsed} nodes ${score.nodesFound}/${score.nodesLabelled} edges ${score.edgesFound}/${score.edgesLabelled} read ${score.edgesRead} letters=${score.lettersKept}`);
      if (score.missedNodes.length) console.log(`  missed nodes: ${score.missedNodes.join(' | ')}`);
      if (score.missedEdges.length) console.log(`  missed edges: ${score.missedEdges.join(' | ')}`);
      if (score.extraEdges.length) console.log(`  extra edges: ${score.extraEdges.join(' | ')}`);
    }
  }
  const totals = totalScores(scores, parsed);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const keptOfParsed = scores.filter((s) => s.lettersKept).length / Math.max(1, parsed);
  console.log(`flows ${totals.flows}, parsed ${totals.parsed} (${pct(totals.parsed / totals.flows)})`);
  console.log(`node recall ${totals.nodeRecall.toFixed(3)}`);
  console.log(`edge precision ${totals.edgePrecision.toFixed(3)}, recall ${totals.edgeRecall.toFixed(3)}, F1 ${totals.edgeF1.toFixed(3)}`);
  console.log(`every letter kept: ${pct(totals.lettersKeptShare)} of flows, ${pct(keptOfParsed)} of parsed flows`);
  if (tables > 0) console.log(`tables shown as written (not drawn as flows): ${tablesShown}/${tables}`);
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

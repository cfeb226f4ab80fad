import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNote } from '../content/parse-note';
import { parseDiagram } from './parse-diagram';
import type { Diagram } from './types';
import { countWordChars, keptTexts, missingWordChars } from './word-chars';
import { hasVaultSample, VAULT_SAMPLE_DIR } from '../cli/vault-sample';

// The shared sample vault sits next to the repository; it is never copied in.
const vault = VAULT_SAMPLE_DIR;
const present = hasVaultSample;

function flowBlocks(): { file: string; source: string }[] {
  return readdirSync(vault, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .flatMap((path) => parseNote(readFileSync(path, 'utf8'), path).note.flows.map((f) => ({ file: path, source: f.source })));
}

// A "v" alone on a line of arrows ("|" over "v") is an arrowhead, not text.
const ARROW_LINE = /^[\s|v^↓↑▼▲│]*$/u;

function lost(d: Diagram): string {
  const text = d.source.split('\n').map((line) => (ARROW_LINE.test(line) ? line.replace(/v/g, '') : line));
  const kept = keptTexts(d);
  return missingWordChars(countWordChars(text), countWordChars(kept));
}

// The sample's flow blocks the reader knowingly shows as written, with why. A block that starts parsing, or
// one that stops, fails the test until this list says so.
const KNOWN_UNPARSED: Record<string, string> = {
  '2025-08/2025-08-28/vpc-vpn-ha-connectivity.md': 'two boxes wired through their walls',
};
// The floor for flow blocks parsed: the sample must clear it with room to spare.
const MIN_PARSED_SHARE = 0.95;

describe.skipIf(!present)('parseDiagram over the sample vault', () => {
  const blocks = present ? flowBlocks() : [];
  const diagrams = blocks.map((b) => ({ ...b, diagram: parseDiagram(b.source) }));
  const relative = (file: string) => file.slice(vault.length + 1).split('\\').join('/');

  test('finds the flow blocks and parses at least 95% of them', () => {
    const parsed = diagrams.filter((d) => d.diagram.parsed).length;
    console.info(`diagram conformance: ${parsed}/${diagrams.length} flow blocks parsed (${((100 * parsed) / diagrams.length).toFixed(1)}%)`);
    expect(diagrams.length).toBeGreaterThan(250);
    expect(parsed / diagrams.length).toBeGreaterThanOrEqual(MIN_PARSED_SHARE);
  });

  test('the blocks shown as written are exactly the known exceptions', () => {
    const unparsed = diagrams.filter((d) => !d.diagram.parsed).map((d) => relative(d.file));
    expect(unparsed.sort()).toEqual(Object.keys(KNOWN_UNPARSED).sort());
  });

  test('loses no letter or digit in any parsed block', () => {
    const losses = diagrams.filter((d) => d.diagram.parsed && lost(d.diagram) !== '').map((d) => `${d.file}: ${lost(d.diagram)}`);
    expect(losses).toEqual([]);
  });

  test('every parsed block has nodes joined by edges and ids that exist', () => {
    for (const { diagram } of diagrams.filter((d) => d.diagram.parsed)) {
      const ids = new Set(diagram.nodes.map((n) => n.id));
      expect(diagram.edges.length).toBeGreaterThan(0);
      for (const e of diagram.edges) expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
    }
  });
});

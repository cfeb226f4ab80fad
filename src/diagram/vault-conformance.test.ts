import { readRoot, VAULT_ROOTS, type VaultRoot } from '../../test/vault-roots';
import { parseNote } from '../content/parse-note';
import { parseDiagram } from './parse-diagram';
import type { Diagram } from './types';
import { countWordChars, keptTexts, missingWordChars } from './word-chars';

// A "v" alone on a line of arrows ("|" over "v") is an arrowhead, not text.
const ARROW_LINE = /^[\s|v^↓↑▼▲│]*$/u;

function lost(d: Diagram): string {
  const text = d.source.split('\n').map((line) => (ARROW_LINE.test(line) ? line.replace(/v/g, '') : line));
  const kept = keptTexts(d);
  return missingWordChars(countWordChars(text), countWordChars(kept));
}

// Per vault: how many flow blocks it holds at least, and the blocks the reader knowingly shows as written,
// with why. A block that starts parsing, or one that stops, fails the test until this table says so.
const PINNED: Record<VaultRoot['id'], { minBlocks: number; knownUnparsed: Record<string, string> }> = {
  sample: {
    minBlocks: 250,
    knownUnparsed: {
      '2025-08/2025-08-28/vpc-vpn-ha-connectivity.md': 'two boxes wired through their walls',
    },
  },
  seed: { minBlocks: 8, knownUnparsed: {} },
  hostile: { minBlocks: 5, knownUnparsed: {} },
  obsidian: { minBlocks: 1, knownUnparsed: {} },
};
// The floor for flow blocks parsed: every vault must clear it.
const MIN_PARSED_SHARE = 0.95;

describe.each(VAULT_ROOTS)('parseDiagram over $name', async (root) => {
  const { minBlocks, knownUnparsed } = PINNED[root.id];
  const blocks = (await readRoot(root)).flatMap(({ file, markdown }) =>
    parseNote(markdown, file).note.flows.map((flow) => ({ file, source: flow.source })),
  );
  const diagrams = blocks.map((b) => ({ ...b, diagram: parseDiagram(b.source) }));

  test.skipIf(!root.present)(`finds at least ${minBlocks} flow blocks and parses at least 95% of them`, () => {
    const parsed = diagrams.filter((d) => d.diagram.parsed).length;
    console.info(`diagram conformance, ${root.name}: ${parsed}/${diagrams.length} flow blocks parsed (${((100 * parsed) / diagrams.length).toFixed(1)}%)`);
    expect(diagrams.length).toBeGreaterThanOrEqual(minBlocks);
    expect(parsed / diagrams.length).toBeGreaterThanOrEqual(MIN_PARSED_SHARE);
  });

  test.skipIf(!root.present)('the blocks shown as written are exactly the known exceptions', () => {
    const unparsed = diagrams.filter((d) => !d.diagram.parsed).map((d) => d.file);
    expect(unparsed.sort()).toEqual(Object.keys(knownUnparsed).sort());
  });

  test.skipIf(!root.present)('loses no letter or digit in any parsed block', () => {
    const losses = diagrams.filter((d) => d.diagram.parsed && lost(d.diagram) !== '').map((d) => `${d.file}: ${lost(d.diagram)}`);
    expect(losses).toEqual([]);
  });

  test.skipIf(!root.present)('every parsed block has nodes joined by edges and ids that exist', () => {
    for (const { diagram } of diagrams.filter((d) => d.diagram.parsed)) {
      const ids = new Set(diagram.nodes.map((n) => n.id));
      expect(diagram.edges.length).toBeGreaterThan(0);
      for (const e of diagram.edges) expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
    }
  });
});

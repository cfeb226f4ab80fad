import type { Root } from 'mdast';
import { parse } from 'micromark';
import { gfm } from 'micromark-extension-gfm';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { parseMarkdownTree } from './markdown-tree.ts';

// patches/micromark+4.0.3.patch keeps the constructs combined for a list of extensions (a processor passes the
// same list to every parse); patches/unist-util-visit-parents+6.1.0.patch no longer names each node's visit
// function. Both were CPU of every note's parse and render; neither may change what a parse or a walk gives.

describe('micromark parse, with its combined constructs kept', () => {
  it('combines one list of extensions once', () => {
    const extensions = [gfm()];
    expect(parse({ extensions }).constructs).toBe(parse({ extensions }).constructs);
  });

  it('combines no extensions once, though each parse passes a new empty list (remark-parse alone does)', () => {
    expect(parse({ extensions: [] }).constructs).toBe(parse({ extensions: [] }).constructs);
  });

  it('combines a list again once an extension is added to it', () => {
    const extensions = [gfm()];
    const before = parse({ extensions }).constructs;
    extensions.push({ text: {} });
    expect(parse({ extensions }).constructs).not.toBe(before);
  });

  it('keeps each document its own: a definition in one defines nothing in the next', () => {
    const first = parseMarkdownTree('[ref]: https://example.com\n\n[a][ref]\n');
    const second = parseMarkdownTree('[a][ref]\n');
    expect(JSON.stringify(first)).toContain('linkReference');
    expect(JSON.stringify(second)).not.toContain('linkReference');
  });
});

describe('visitParents, without a name per visit', () => {
  const tree = (): Root => parseMarkdownTree('# A\n\n- b *c*\n- d\n\ne\n');

  it('walks in preorder with each node’s ancestors, skipping what the visitor skips', () => {
    const seen: string[] = [];
    visitParents(tree(), (node, parents) => {
      seen.push(`${parents.length}:${node.type}`);
      return node.type === 'listItem' ? SKIP : undefined;
    });
    expect(seen).toEqual(['0:root', '1:heading', '2:text', '1:list', '2:listItem', '2:listItem', '1:paragraph', '2:text']);
  });

  it('goes on from the index the visitor gives', () => {
    const seen: string[] = [];
    visitParents(tree(), (node, parents, index) => {
      seen.push(node.type);
      if (node.type === 'heading' && parents.length === 1 && index !== undefined) return index + 2;
      return undefined;
    });
    expect(seen).toEqual(['root', 'heading', 'text', 'paragraph', 'text']);
  });

  it('names no visit function after its node (a property definition for each node of each walk)', () => {
    let stack = '';
    visitParents(tree(), (node) => {
      if (node.type === 'text') stack = new Error('here').stack ?? '';
    });
    expect(stack).toContain('here');
    expect(stack).not.toMatch(/node \(/);
  });
});

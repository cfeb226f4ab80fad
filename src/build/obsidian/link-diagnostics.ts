import type { Nodes } from 'mdast';
import { parseMarkdownTree } from '../../content/markdown-tree.ts';
import { stripComments } from '../../content/obsidian-comments.ts';
import type { Diagnostic } from '../../content/types.ts';
import { namesAttachment, readWikiTarget, WIKI_LINK } from './wiki-target.ts';

/** What checking a note's links needs: the same resolvers rendering uses. */
export interface LinkCheck {
  resolveNote: (target: string) => unknown;
  resolveAttachment: (target: string, noteFile: string) => string | null;
}

const SKIP = new Set(['code', 'inlineCode', 'link', 'linkReference', 'definition', 'html', 'yaml', 'math', 'inlineMath']);

/**
 * A warning, with its line, for every `[[link]]` or `![[embed]]` of a note that names no note or file of
 * the vault: Obsidian shows those as unresolved, and so does the app.
 */
export function brokenLinks(markdown: string, file: string, check: LinkCheck): Diagnostic[] {
  const found: Diagnostic[] = [];
  const walk = (node: Nodes) => {
    if (SKIP.has(node.type)) return;
    if (node.type === 'text') {
      for (const match of node.value.matchAll(WIKI_LINK)) {
        const target = readWikiTarget(match[1] === '!', match[2] ?? '');
        if (!target?.target) continue;
        const line = (node.position?.start.line ?? 1) + (node.value.slice(0, match.index).match(/\n/g)?.length ?? 0);
        const problem = describe(target.embed, target.target, file, check);
        if (problem) found.push({ severity: 'warning', line, message: problem });
      }
    } else if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(parseMarkdownTree(stripComments(markdown)));
  return found;
}

function describe(embed: boolean, target: string, file: string, check: LinkCheck): string | null {
  if (embed && namesAttachment(target)) {
    return check.resolveAttachment(target, file) ? null : `Broken embed: no file "${target}" in the vault`;
  }
  if (check.resolveNote(target)) return null;
  return `${embed ? 'Broken embed' : 'Broken link'}: no note "${target}" in the vault`;
}

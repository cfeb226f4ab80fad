import type { Nodes } from 'mdast';
import { parseMarkdownTree } from '../../content/markdown-tree.ts';
import { stripComments } from '../../content/obsidian-comments.ts';
import { diagnostic, type DiagnosticCode } from '../../content/diagnostic.ts';
import type { Diagnostic } from '../../content/types.ts';
import { namesAttachment, readWikiTarget, WIKI_LINK, type WikiTarget } from './wiki-target.ts';

/** What checking a note's links needs: the same resolvers rendering uses. */
export interface LinkCheck {
  resolveNote: (target: string) => unknown;
  resolveAttachment: (target: string, noteFile: string) => string | null;
}

const SKIP = new Set(['code', 'inlineCode', 'link', 'linkReference', 'definition', 'html', 'yaml', 'math', 'inlineMath']);

/** Every `[[link]]` and `![[embed]]` of a note's Markdown outside code, with its 1-based line, in order. */
export function wikiTargetsOf(markdown: string): { target: WikiTarget; line: number }[] {
  const found: { target: WikiTarget; line: number }[] = [];
  const walk = (node: Nodes) => {
    if (SKIP.has(node.type)) return;
    if (node.type === 'text') {
      for (const match of node.value.matchAll(WIKI_LINK)) {
        const target = readWikiTarget(match[1] === '!', match[2] ?? '');
        if (!target?.target) continue;
        const line = (node.position?.start.line ?? 1) + (node.value.slice(0, match.index).match(/\n/g)?.length ?? 0);
        found.push({ target, line });
      }
    } else if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(parseMarkdownTree(stripComments(markdown)));
  return found;
}

/**
 * A warning, with its line, for every `[[link]]` or `![[embed]]` of a note that names no note or file of
 * the vault: Obsidian shows those as unresolved, and so does the app.
 */
export function brokenLinks(markdown: string, file: string, check: LinkCheck): Diagnostic[] {
  return wikiTargetsOf(markdown).flatMap(({ target, line }) => {
    const code = problemCode(target.embed, target.target, file, check);
    return code ? [diagnostic('warning', line, code, { target: target.target })] : [];
  });
}

function problemCode(embed: boolean, target: string, file: string, check: LinkCheck): DiagnosticCode | null {
  if (embed && namesAttachment(target)) return check.resolveAttachment(target, file) ? null : 'embed-file-broken';
  if (check.resolveNote(target)) return null;
  return embed ? 'embed-note-broken' : 'link-broken';
}

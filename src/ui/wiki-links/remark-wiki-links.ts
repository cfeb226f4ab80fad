/** A remark plugin that turns Obsidian `[[wiki links]]` into in-app links, or plain text when unknown. */
import type { Link, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import { parseWikiLink } from './parse-wiki-link';

/** Maps a link target (and heading) to the URL of its note, or null when no note matches. */
export type WikiLinkResolver = (target: string, heading: string | null) => string | null;

/** Options of {@link remarkWikiLinks}. */
export interface WikiLinkOptions {
  resolve: WikiLinkResolver;
}

// `![[x]]` embeds are shown as links too: the app does not inline other notes.
const WIKI_LINK = /!?\[\[([^[\]\n]+)\]\]/g;

// Text inside these is already a link or is code, and must stay as written.
const SKIP = new Set(['link', 'linkReference', 'code', 'inlineCode', 'definition', 'html', 'yaml']);

/** Replaces `[[target]]`, `[[target|text]]` and `[[target#heading]]` in text with links. */
export function remarkWikiLinks(options: WikiLinkOptions) {
  return (tree: Root): void => {
    walk(tree, options.resolve);
  };
}

/** The phrasing nodes a text becomes once its wiki links are replaced. */
export function splitWikiLinks(value: string, resolve: WikiLinkResolver): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of value.matchAll(WIKI_LINK)) {
    const link = parseWikiLink(match[1] ?? '');
    if (!link) continue;
    if (match.index > last) out.push(text(value.slice(last, match.index)));
    const url = resolve(link.target, link.heading);
    out.push(url ? wikiLink(url, link.text) : text(link.text));
    last = match.index + match[0].length;
  }
  if (last === 0) return [text(value)];
  if (last < value.length) out.push(text(value.slice(last)));
  return out;
}

function walk(node: Nodes, resolve: WikiLinkResolver): void {
  if (SKIP.has(node.type) || !('children' in node)) return;
  const parent = node as Parent;
  const next: Nodes[] = [];
  for (const child of parent.children) {
    if (child.type === 'text' && child.value.includes('[[')) next.push(...splitWikiLinks(child.value, resolve));
    else {
      walk(child, resolve);
      next.push(child);
    }
  }
  parent.children = next as Parent['children'];
}

function text(value: string): Text {
  return { type: 'text', value };
}

function wikiLink(url: string, label: string): Link {
  return {
    type: 'link',
    url,
    children: [text(label)],
    data: { hProperties: { className: ['wiki-link'] } },
  };
}

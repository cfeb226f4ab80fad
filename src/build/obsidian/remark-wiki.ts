import type { Nodes, Paragraph, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { RenderContext } from './render-context.ts';
import { attachmentKind, imageSize, namesAttachment, readWikiTarget, sectionFragment, WIKI_LINK, type WikiTarget } from './wiki-target.ts';

// Text inside these is already a link or is code, and stays as written.
const SKIP = new Set(['link', 'linkReference', 'code', 'inlineCode', 'definition', 'html', 'yaml', 'math', 'inlineMath']);

/**
 * Obsidian `[[links]]` and `![[embeds]]`, resolved at build time: links to notes (and to their headings
 * and blocks), images and other files of the vault, and other notes' text shown in place. What the vault
 * lacks shows as an unresolved link, as Obsidian shows it.
 */
export function remarkWiki(context: RenderContext) {
  return (tree: Root): void => {
    walk(tree, context);
    liftNoteEmbeds(tree);
  };
}

function walk(node: Nodes, context: RenderContext): void {
  if (SKIP.has(node.type) || !('children' in node)) return;
  const parent = node as Parent;
  const next: Nodes[] = [];
  for (const child of parent.children) {
    if (child.type === 'text' && child.value.includes('[[')) next.push(...split(child.value, context));
    else {
      walk(child, context);
      next.push(child);
    }
  }
  parent.children = next as Parent['children'];
}

function split(value: string, context: RenderContext): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of value.matchAll(WIKI_LINK)) {
    const target = readWikiTarget(match[1] === '!', match[2] ?? '');
    if (!target) continue;
    if (match.index > last) out.push(text(value.slice(last, match.index)));
    out.push(target.embed ? embed(target, context) : link(target, context));
    last = match.index + match[0].length;
  }
  if (last < value.length) out.push(text(value.slice(last)));
  return out;
}

function link(target: WikiTarget, context: RenderContext): PhrasingContent {
  const fragment = sectionFragment(target.section);
  if (!target.target) return anchor(fragment ? `#${fragment}` : '#', target.alias ?? target.section?.replace(/^\^/, '') ?? '');
  const note = context.resolveNote(target.target);
  if (!note) return unresolved(target.text, target.target);
  return anchor(context.noteHref(note.slug, fragment), target.text);
}

function embed(target: WikiTarget, context: RenderContext): PhrasingContent {
  if (namesAttachment(target.target)) {
    const file = context.resolveAttachment(target.target, context.file);
    if (!file) return unresolved(target.target, target.target);
    const url = context.attachmentUrl(file);
    const kind = attachmentKind(file);
    const name = file.slice(file.lastIndexOf('/') + 1);
    if (kind === 'file') return anchor(url, target.alias ?? name);
    const size = kind === 'image' ? imageSize(target.alias) : null;
    const alt = size ? name : (target.alias ?? name);
    const properties = kind === 'image'
      ? { src: url, alt, ...(size ?? {}), loading: 'lazy', className: ['embed-image'] }
      : { src: url, controls: true, className: [`embed-${kind}`] };
    return element(kind === 'image' ? 'img' : kind, properties, []);
  }
  const note = context.resolveNote(target.target);
  const content = note ? context.embedNote(note, target.section) : null;
  if (!note || !content) return unresolved(target.text, target.target);
  const title = anchor(context.noteHref(note.slug, sectionFragment(target.section)), target.alias ?? target.text);
  const header = element('div', { className: ['embed-title'] }, [title]);
  return { type: 'noteEmbed', children: [header, ...content], data: { hName: 'div', hProperties: { className: ['markdown-embed'] } } } as unknown as PhrasingContent;
}

// A note embed is a block: it breaks the paragraph it was written in, as in Obsidian.
function liftNoteEmbeds(node: Nodes): void {
  if (!('children' in node)) return;
  const parent = node as Parent;
  const next: RootContent[] = [];
  for (const child of parent.children as RootContent[]) {
    liftNoteEmbeds(child);
    if (child.type !== 'paragraph' || !child.children.some((c) => (c.type as string) === 'noteEmbed')) {
      next.push(child);
      continue;
    }
    let run: PhrasingContent[] = [];
    const flush = () => {
      if (run.some((c) => c.type !== 'break' && !(c.type === 'text' && !c.value.trim()))) next.push({ type: 'paragraph', children: run } satisfies Paragraph);
      run = [];
    };
    for (const c of child.children) {
      if ((c.type as string) === 'noteEmbed') {
        flush();
        next.push(c as unknown as RootContent);
      } else run.push(c);
    }
    flush();
  }
  parent.children = next as Parent['children'];
}

function anchor(url: string, label: string): PhrasingContent {
  return { type: 'link', url, children: [text(label)], data: { hProperties: { className: ['internal-link'] } } };
}

function unresolved(label: string, target: string): PhrasingContent {
  return element('span', { className: ['internal-link', 'is-unresolved'], title: target }, [text(label)]);
}

function element(hName: string, hProperties: Record<string, unknown>, children: PhrasingContent[]): PhrasingContent {
  return { type: 'wikiElement', children, data: { hName, hProperties } } as unknown as PhrasingContent;
}

function text(value: string): Text {
  return { type: 'text', value };
}
